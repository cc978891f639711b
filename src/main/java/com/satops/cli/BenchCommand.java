package com.satops.cli;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoManifest;
import com.satops.demo.DemoSpec;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Proves speed and memory on a generated company: wall time, rows per second
 * and peak heap of the generation, the import and each job. Run it with the
 * heap the deployment will have, e.g. {@code java -Xmx512m -jar satops.jar bench --households 1000000}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Generate a company of N households into a fresh home, import it and run every job,",
                "printing time, rows/s and peak heap for each phase."})
public class BenchCommand implements Callable<Integer> {

    @Option(names = "--home", paramLabel = "DIR", description = "Fresh home to use (default: a new temporary folder)")
    Path home;

    @Option(names = "--households", defaultValue = "200000", description = "Households (default: ${DEFAULT-VALUE})")
    int households;

    @Option(names = "--projects", description = "Projects (default: one per 1,000 households)")
    Integer projects;

    @Option(names = "--import-only", description = "Stop after the import")
    boolean importOnly;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path root = home != null ? home : Files.createTempDirectory("satops-bench");
        int projectCount = projects != null ? projects : Math.max(1, households / 1000);
        LocalDate today = LocalDate.now();
        out.printf("satops bench: %,d households, %,d projects, max heap %d MiB, %d cores, home %s%n", households,
                projectCount, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors(), root);
        out.printf("%-24s %10s %12s %12s %10s%n", "phase", "seconds", "rows", "rows/s", "peak MiB");
        DemoManifest manifest = measure(out, "generate", () -> {
            try {
                return new DemoCompanyGenerator().generate(root.resolve("inbox"),
                        DemoSpec.asOf(households, projectCount, 1L, today));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, m -> m.rows().values().stream().mapToLong(Long::longValue).sum());
        int exit = SatopsCli.COMPLETED;
        try (ConfigurableApplicationContext context = SpringContexts.start(root, false)) {
            JobRunner runner = context.getBean(JobRunner.class);
            for (JobCatalog job : JobCatalog.values()) {
                boolean isImport = job == JobCatalog.IMPORT;
                if (!runner.hasJob(job.jobName()) || (importOnly && !isImport)) {
                    continue;
                }
                RunSummary summary = measure(out, job.jobName(),
                        () -> runner.run(job.parameters(null, null, null, List.of(), "zh-CN", today)),
                        s -> isImport ? number(s, "rows") : manifest.households());
                if (!"COMPLETED".equals(summary.status())) {
                    out.println("  " + summary.status() + ": " + summary.message());
                    exit = SatopsCli.FAILED;
                }
            }
        }
        out.flush();
        return exit;
    }

    private static long number(RunSummary summary, String figure) {
        Object value = summary.figures().get(figure);
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** Runs one phase, sampling the used heap every 20 ms: the peak is what the phase really needed at once. */
    private static <T> T measure(PrintWriter out, String phase, Supplier<T> work,
                                 java.util.function.ToLongFunction<T> rows) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heap-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 20, TimeUnit.MILLISECONDS);
        long started = System.nanoTime();
        T result;
        try {
            result = work.get();
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long count = rows.applyAsLong(result);
        out.printf("%-24s %10.1f %,12d %,12d %10d%n", phase, seconds, count, Math.round(count / seconds),
                peak.get() >> 20);
        out.flush();
        return result;
    }
}
