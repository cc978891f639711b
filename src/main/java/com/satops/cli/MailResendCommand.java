package com.satops.cli;

import com.satops.common.mail.MailDelivery;
import com.satops.common.mail.MailResender;
import com.satops.common.run.BadRunRequestException;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunLedgerMapper;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "resend", mixinStandardHelpOptions = true,
        description = {"Queue a job's mails for a period again, deliberately: to every recipient, or with --to to one.",
                "Each call mails once more; the copies are delivered now like any other mail.",
                "Exit status: 0 queued, 1 nothing to resend, 2 bad usage."})
public class MailResendCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--job", required = true, paramLabel = "JOB", description = "The job whose mails to resend")
    String job;

    @Option(names = "--period", required = true, paramLabel = "P",
            description = "The run's period: yyyy-MM, ISO week yyyy-Www or day yyyy-MM-dd, as the job takes it")
    String period;

    @Option(names = "--to", paramLabel = "ADDRESS", description = "Only the mails that went to this address")
    String to;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JobCatalog catalog = JobCatalog.byName(job).filter(j -> j != JobCatalog.IMPORT)
                .orElseThrow(() -> new UsageException(CliMessages.get("cli.job.unknown", job)));
        String normalized = period(catalog);
        try (ConfigurableApplicationContext context = SpringContexts.start(home.resolve(), false)) {
            int queued = context.getBean(MailResender.class).resend(catalog.jobName(), normalized, to);
            if (queued == 0) {
                throw new CommandFailure(CliMessages.get("cli.resend.none", catalog.jobName(), normalized,
                        to == null ? "" : CliMessages.get("cli.resend.to", to)));
            }
            int delivered = context.getBean(MailDelivery.class).deliverDue();
            long waiting = context.getBean(RunLedgerMapper.class).countMailsWaiting();
            spec.commandLine().getOut().println(CliMessages.get("cli.resend.queued", queued, catalog.jobName(),
                    normalized, delivered, waiting));
            spec.commandLine().getOut().flush();
            return SatopsCli.COMPLETED;
        }
    }

    /** The period as the job's runs write it, checked by the same rules as the job's own option. */
    private String period(JobCatalog catalog) {
        RunRequest request = switch (catalog.period()) {
            case NEXT_MONTH, PREVIOUS_MONTH -> new RunRequest(period, null, null, null, List.of(), null);
            case PREVIOUS_WEEK -> new RunRequest(null, period, null, null, List.of(), null);
            default -> new RunRequest(null, null, period, null, List.of(), null);
        };
        try {
            RunParameters parameters = catalog.parameters(request, LocalDate.now());
            return parameters.month() != null ? parameters.month().toString()
                    : parameters.week() != null ? parameters.week() : parameters.date().toString();
        } catch (BadRunRequestException e) {
            throw new UsageException(CliMessages.get("cli.resend.period", period, catalog.jobName(), e.getMessage()));
        }
    }
}
