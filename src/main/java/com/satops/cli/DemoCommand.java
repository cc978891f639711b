package com.satops.cli;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.common.run.RunSummaryFactory;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoManifest;
import com.satops.demo.DemoSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Generate a sample company into the inbox, import it and run every job on it.",
                "Prints each run's figures and where the reports and mails went."})
public class DemoCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--households", defaultValue = "" + DemoSpec.DEFAULT_HOUSEHOLDS, description = "Households (default: ${DEFAULT-VALUE})")
    int households;

    @Option(names = "--projects", defaultValue = "" + DemoSpec.DEFAULT_PROJECTS, description = "Projects (default: ${DEFAULT-VALUE})")
    int projects;

    @Option(names = "--seed", defaultValue = "20261120", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path root = home.resolveToCreate().toAbsolutePath().normalize();
        LocalDate today = LocalDate.now();
        int exit = SatopsCli.COMPLETED;
        // The sample company's executives and quality department, so every kind of mail shows in the outbox.
        try (ConfigurableApplicationContext context = SpringContexts.start(root, false,
                "--satops.mail.executives=ceo@demo-property.example.com,coo@demo-property.example.com",
                "--satops.mail.quality-department=quality@demo-property.example.com")) {
            // Generated once the context is up, so the workbook limits (satops.workbook-limits) hold for it too.
            DemoManifest manifest = new DemoCompanyGenerator()
                    .generate(root.resolve("inbox"), DemoSpec.asOf(households, projects, seed, today));
            out.printf("Generated %d households in %d projects (%s) into %s%n", manifest.households(),
                    manifest.projects(), String.join(", ", manifest.projectCodes()), root.resolve("inbox"));
            JobRunner runner = context.getBean(JobRunner.class);
            RunSummaryFactory summaries = context.getBean(RunSummaryFactory.class);
            for (JobCatalog job : JobCatalog.values()) {
                // Each job imports what waits in the inbox first, as `run` does, so the first one shows the changes.
                if (job == JobCatalog.IMPORT || !runner.hasJob(job.jobName())) {
                    continue;
                }
                RunSummary summary = runner.run(job.parameters(null, null, null, List.of(), "zh-CN", today));
                out.println();
                if (SummaryPrinter.print(summary, false, summaries, out) != SatopsCli.COMPLETED) {
                    exit = SatopsCli.FAILED;
                }
            }
        }
        out.printf("%nReports: %s (%d files)%nMails:   %s (%d .eml files)%n", root.resolve("reports"),
                count(root.resolve("reports"), ".xlsx") + count(root.resolve("reports"), ".csv"),
                root.resolve("outbox"), count(root.resolve("outbox"), ".eml"));
        out.flush();
        return exit;
    }

    private static long count(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(suffix)).count();
        }
    }
}
