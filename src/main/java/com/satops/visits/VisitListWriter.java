package com.satops.visits;

import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.OutgoingMail;
import com.satops.common.report.ReportLocale;
import com.satops.common.run.RunOutputs;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * For each project: writes its workbooks and queues each person's mail in the
 * chunk's transaction. The outbox key (job, month, recipient, attachment) makes a
 * re-run queue nothing twice.
 */
public class VisitListWriter implements ItemWriter<String> {

    private final VisitListWorkbooks workbooks;
    private final MailOutbox outbox;
    private final VisitListMail mails;
    private final RunParameters run;
    private final JobExecution jobExecution;
    private final Path home;

    public VisitListWriter(VisitListWorkbooks workbooks, MailOutbox outbox, VisitListMail mails, RunParameters run,
                           JobExecution jobExecution, Path home) {
        this.workbooks = workbooks;
        this.outbox = outbox;
        this.mails = mails;
        this.run = run;
        this.jobExecution = jobExecution;
        this.home = home;
    }

    @Override
    public void write(Chunk<? extends String> projects) {
        for (String projectCode : projects) {
            VisitListWorkbooks.ProjectLists lists = workbooks.write(projectCode, VisitMonth.of(run.month()),
                    run.asOf(), ReportLocale.of(run.locale()));
            for (VisitListWorkbooks.PersonList list : lists.people()) {
                OutgoingMail mail = mails.of(list, lists, run, jobExecution.getId());
                if (mail != null) {
                    outbox.queue(mail);
                }
            }
            RunOutputs.addReport(jobExecution, home.relativize(lists.workbook()).toString().replace('\\', '/'));
        }
    }
}
