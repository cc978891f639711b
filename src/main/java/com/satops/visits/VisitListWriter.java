package com.satops.visits;

import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.OutgoingMail;
import com.satops.common.report.ReportText;
import com.satops.common.run.RunOutputLog;
import com.satops.common.run.RunParameters;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * For each project: writes its workbooks and queues each person's mail in the
 * chunk's transaction. The outbox key (job, month, recipient, attachment) makes a
 * re-run queue nothing twice. A person with a list but no email address is noted
 * for the run summary ({@code staffWithoutEmail}).
 */
public class VisitListWriter implements ItemWriter<String> {

    private final VisitListWorkbooks workbooks;
    private final MailOutbox outbox;
    private final VisitListMail mails;
    private final RunParameters run;
    private final JobExecution jobExecution;
    private final ReportText text;
    private final RunOutputLog outputs;

    public VisitListWriter(VisitListWorkbooks workbooks, MailOutbox outbox, VisitListMail mails, RunParameters run,
                           JobExecution jobExecution, ReportText text, RunOutputLog outputs) {
        this.workbooks = workbooks;
        this.outbox = outbox;
        this.mails = mails;
        this.run = run;
        this.jobExecution = jobExecution;
        this.text = text;
        this.outputs = outputs;
    }

    @Override
    public void write(Chunk<? extends String> projects) {
        for (String projectCode : projects) {
            VisitListWorkbooks.ProjectLists lists = workbooks.write(projectCode, VisitMonth.of(run.month()),
                    run.asOf(), text, run.runKey());
            for (VisitListWorkbooks.PersonList list : lists.people()) {
                OutgoingMail mail = mails.of(list, lists, run, jobExecution.getId());
                if (mail != null) {
                    outbox.queue(mail);
                } else if (list.unmailed()) {
                    outputs.unmailed(jobExecution, list.person().staffNo());
                }
            }
            outputs.report(jobExecution, lists.workbook());
        }
    }
}
