package com.satops.cli;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.KnownProjectsMapper;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunRequest;
import com.satops.common.run.RunSummaryFactory;
import com.satops.followup.DayClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Import every waiting inbox file, then run a job.",
                "Exit status: 0 completed, 1 failed (the summary says why), 2 bad usage."})
public class RunCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(index = "0", paramLabel = "JOB",
            description = "presampling-cleanup, visit-assignment, patrol-closeout, satisfaction-summary or service-followup")
    String job;

    @Option(names = "--month", paramLabel = "yyyy-MM",
            description = "Month (default: next month for presampling-cleanup and visit-assignment, "
                    + "previous month for satisfaction-summary)")
    String month;

    @Option(names = "--week", paramLabel = "yyyy-Www", description = "ISO week (default: the previous week)")
    String week;

    @Option(names = "--date", paramLabel = "yyyy-MM-dd",
            description = "Day checked by service-followup (default: yesterday)")
    String date;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "Reference date (default: today)")
    String asOf;

    @Option(names = "--project", paramLabel = "CODE", description = "Limit to these projects (repeatable)")
    List<String> projects = new ArrayList<>();

    @Option(names = "--locale", paramLabel = "zh-CN|en", description = "Report language (default: zh-CN)")
    String locale;

    @Option(names = "--json", description = "Print only the run summary, as JSON, on standard output")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        JobCatalog catalog = JobCatalog.byName(job)
                .filter(j -> j != JobCatalog.IMPORT)
                .orElseThrow(() -> new UsageException(CliMessages.get("cli.job.unknown", job)));
        // Bad options are bad usage (exit 2) before anything is opened or imported.
        RunRequest request = new RunRequest(month, week, date, asOf, projects, locale);
        catalog.parameters(request, LocalDate.now());
        try (ConfigurableApplicationContext context = SpringContexts.start(home.resolve(), false)) {
            RunParameters parameters = catalog.parameters(request, context.getBean(DayClock.class).todayFor(catalog));
            JobRunner runner = context.getBean(JobRunner.class);
            if (!runner.hasJob(catalog.jobName())) {
                throw new UsageException(CliMessages.get("cli.job.unavailable", job));
            }
            refuseUnknownProjects(context, runner, parameters);
            return SummaryPrinter.print(runner.run(parameters), json, context.getBean(RunSummaryFactory.class),
                    spec.commandLine().getOut());
        }
    }

    /**
     * A --project no roster lists would give an empty run that looks like a good one. A roster
     * waiting in the inbox may list it, so the inbox is imported first, as the run would.
     */
    private static void refuseUnknownProjects(ConfigurableApplicationContext context, JobRunner runner,
                                              RunParameters parameters) {
        if (parameters.projects().isEmpty()) {
            return;
        }
        KnownProjectsMapper projects = context.getBean(KnownProjectsMapper.class);
        if (projects.known(parameters.projects()).size() == parameters.projects().size()) {
            return;
        }
        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        runner.run(JobCatalog.IMPORT.parameters(null, null, parameters.asOf(), List.of(), parameters.locale(),
                today));
        List<String> known = projects.known(parameters.projects());
        List<String> unknown = parameters.projects().stream().filter(code -> !known.contains(code)).toList();
        if (!unknown.isEmpty()) {
            List<String> all = projects.all();
            throw new UsageException(CliMessages.get("cli.project.unknown", String.join(", ", unknown),
                    all.isEmpty() ? CliMessages.get("cli.project.none") : String.join(", ", all)));
        }
    }
}
