package com.satops.cli;

import com.satops.common.run.BadRunRequestException;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunRequest;
import com.satops.common.run.RunSummaryFactory;
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
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "unknown job '" + job + "'; run `satops jobs` to list them"));
        RunParameters parameters;
        try {
            parameters = catalog.parameters(new RunRequest(month, week, date, asOf, projects, locale),
                    LocalDate.now());
        } catch (BadRunRequestException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (ConfigurableApplicationContext context = SpringContexts.start(home.resolve(), false)) {
            JobRunner runner = context.getBean(JobRunner.class);
            if (!runner.hasJob(catalog.jobName())) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "job '" + job + "' is not available in this build");
            }
            return SummaryPrinter.print(runner.run(parameters), json, context.getBean(RunSummaryFactory.class),
                    spec.commandLine().getOut());
        }
    }
}
