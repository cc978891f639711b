package com.satops.cli;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummaryFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Apply every waiting file under inbox/<kind>/ (erp, staff, crm, surveys, patrol, visits).",
                "Exit status: 0 completed, 1 failed (a file over the reject rate), 2 bad usage."})
public class ImportCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--json", description = "Print only the run summary, as JSON, on standard output")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = SpringContexts.start(home.resolve(), false)) {
            LocalDate today = LocalDate.now(context.getBean(Clock.class));
            var parameters = JobCatalog.IMPORT.parameters(null, null, null, List.of(), "zh-CN", today);
            var summary = context.getBean(JobRunner.class).run(parameters);
            return SummaryPrinter.print(summary, json, context.getBean(RunSummaryFactory.class),
                    spec.commandLine().getOut());
        }
    }
}
