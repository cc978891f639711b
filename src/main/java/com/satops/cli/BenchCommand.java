package com.satops.cli;

import com.satops.bench.BenchFailure;
import com.satops.bench.BenchFigures;
import com.satops.bench.BenchRun;
import com.satops.bench.Measured;
import com.satops.bench.PhaseMeter;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoManifest;
import com.satops.demo.DemoSpec;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves speed and memory on a generated company: each phase (generation, import,
 * every job) against ceilings measured in the same run on the same files: the
 * database's bulk load of the roster, a bare parse of the inputs, a bare SXSSF write
 * of the biggest report's rows. Run it with the deployment's heap, e.g.
 * {@code java -Xmx512m -jar satops.jar bench --households 1000000 --profile mysql}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate a company of N households into a fresh home, import it and run every job,",
                "printing seconds, rows/s and peak heap per phase, the ceilings measured on the same files",
                "(bulk load, bare parse, bare SXSSF write) and each ratio against its target; then the import",
                "of a generated patrol log of --repeated-keys-mb whose issues are listed up to three times.",
                "Exit status: 0 measured, 1 an input refused or a run not completed (named on standard error)."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", description = "Fresh home to use (default: a new temporary folder)")
    Path home;

    @Option(names = "--households", defaultValue = "200000", description = "Households (default: ${DEFAULT-VALUE})")
    int households;

    @Option(names = "--projects", description = "Projects (default: one per 1,000 households)")
    Integer projects;

    @Option(names = "--profile", defaultValue = "h2", paramLabel = "h2|mysql",
            description = "Database: embedded H2 under the home (default), or the mysql profile's "
                    + "SATOPS_DB_URL, SATOPS_DB_USER, SATOPS_DB_PASSWORD (an empty database)")
    String profile;

    @Option(names = "--json", description = "Print only the figures, as one JSON object, on standard output")
    boolean json;

    @Option(names = "--import-only", description = "Stop after the import (the repeated-key import still runs)")
    boolean importOnly;

    @Option(names = "--repeated-keys-mb", defaultValue = "200", paramLabel = "MB",
            description = "Size of the patrol log with repeated keys imported last, as phase import-repeated-keys "
                    + "(default: ${DEFAULT-VALUE}; 0 leaves it out)")
    int repeatedKeysMb;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (repeatedKeysMb < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--repeated-keys-mb must be 0 or more (got " + repeatedKeysMb + ")");
        }
        if (!profile.equals("h2") && !profile.equals("mysql")) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--profile must be h2 or mysql (got '" + profile + "')");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter table = json ? spec.commandLine().getErr() : out;
        Path root = (home != null ? home : Files.createTempDirectory("satops-bench")).toAbsolutePath().normalize();
        int projectCount = projects != null ? projects : Math.max(1, households / 1000);
        LocalDate today = LocalDate.now();
        table.printf("satops bench: %,d households, %,d projects, profile %s, max heap %d MiB, %d cores, home %s%n",
                households, projectCount, profile, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), root);
        BenchFigures.printHeader(table);
        String[] profileArgs = profile.equals("mysql") ? new String[] {"--spring.profiles.active=mysql"}
                : new String[0];
        BenchFigures figures;
        try (ConfigurableApplicationContext context = SpringContexts.start(root, false, profileArgs)) {
            // Generated once the context is up, so the workbook limits (satops.workbook-limits) hold for the
            // generated workbooks too: a CRM workbook with a sheet per project passes POI's own 1,000 entries.
            PhaseMeter.Metered<DemoManifest> generated = PhaseMeter.measure("generate",
                    () -> new DemoCompanyGenerator().generate(root.resolve("inbox"),
                            DemoSpec.asOf(households, projectCount, 1L, today)),
                    m -> m.rows().values().stream().mapToLong(Long::longValue).sum());
            Measured generate = generated.measured();
            BenchFigures.printPhase(table, generate);
            figures = new BenchRun(context, root, today, table)
                    .run(generated.result().households(), generated.result().projects(), generate, importOnly,
                            repeatedKeysMb);
        } catch (BenchFailure e) {
            spec.commandLine().getErr().println("satops bench: " + e.getMessage());
            return SatopsCli.FAILED;
        }
        figures.printCeilingsAndRatios(table);
        if (json) {
            out.println(JsonMapper.builder().build().writeValueAsString(figures.json()));
            out.flush();
        }
        return SatopsCli.COMPLETED;
    }
}
