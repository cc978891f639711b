package com.satops.satisfaction;

import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.OutgoingMail;
import com.satops.common.run.PeriodEnd;
import com.satops.common.run.RunParameters;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Queues each written workbook's mail, in the chunk's transaction: the company's to the configured executives, a project's
 * to its active project managers with an email. The outbox key (job, month,
 * recipient, workbook) queues each mail once however often the run is repeated,
 * so a scope without any assessed response in the month gets no mail yet, and a
 * month not over as of --as-of has its mails held for the run after the month.
 */
class SatisfactionMailWriter implements ItemWriter<ScopeReport> {

    private static final Logger log = LoggerFactory.getLogger(SatisfactionMailWriter.class);

    private final RunParameters run;
    private final JobExecution jobExecution;
    private final MailOutbox outbox;
    private final SatisfactionMapper mapper;
    private final List<String> executives;
    private final SatisfactionMailText text;

    SatisfactionMailWriter(RunParameters run, JobExecution jobExecution, MailOutbox outbox,
                           SatisfactionMapper mapper, List<String> executives, SatisfactionMailText text) {
        this.run = run;
        this.jobExecution = jobExecution;
        this.outbox = outbox;
        this.mapper = mapper;
        this.executives = executives == null ? List.of() : executives;
        this.text = text;
    }

    @Override
    public void write(Chunk<? extends ScopeReport> reports) {
        for (ScopeReport report : reports) {
            if (report.digest().responses() == 0) {
                // Mailed once per key: a run made before the agency's results are in must not use that up.
                log.warn("No assessed survey response of {} in {}: workbook written, no mail queued",
                        scope(report.digest()), run.month());
                continue;
            }
            Set<String> recipients = recipients(report.digest());
            if (recipients.isEmpty()) {
                log.warn("No recipient for the satisfaction summary of {}: {}", scope(report.digest()),
                        report.digest().isCompany() ? "set satops.mail.executives"
                                : "the staff roster has no active project manager with an email");
            }
            boolean monthEnded = PeriodEnd.monthEnded(run.month(), run.asOf());
            SatisfactionMailText.Mail mail = text.compose(report.digest(),
                    report.workbook().getFileName().toString());
            for (String recipient : recipients) {
                outbox.queueOrHold(new OutgoingMail(run.job(), run.month().toString(), recipient, mail.subject(),
                        mail.html(), report.workbook(), report.chart(), run.runKey(), jobExecution.getId()),
                        monthEnded);
            }
        }
    }

    private static String scope(ScopeDigest digest) {
        return digest.isCompany() ? "the company" : digest.projectCode();
    }

    private Set<String> recipients(ScopeDigest digest) {
        List<String> addresses = digest.isCompany() ? executives : mapper.projectManagerEmails(digest.projectCode());
        Set<String> recipients = new LinkedHashSet<>();
        for (String address : addresses) {
            if (address != null && !address.isBlank()) {
                recipients.add(address.strip());
            }
        }
        return recipients;
    }
}
