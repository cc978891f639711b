package com.satops.bench;

import com.satops.bench.BenchFigures.RepeatedKeys;
import com.satops.bench.BenchFigures.ReportWrite;
import com.satops.bench.PhaseMeter.Metered;
import com.satops.common.inbox.InboxFolders;
import com.satops.common.inbox.InboxKind;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunRequest;
import com.satops.common.run.RunSummary;
import com.satops.demo.RepeatedKeyPatrolLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.ibatis.session.SqlSessionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * One bench on a generated company in an application context: the ceilings on the
 * waiting files (bare parse, bulk load of the roster), the import, every job the
 * context has in catalogue order, then the bare SXSSF write of the biggest report's
 * rows; last, on its own, the import of a generated patrol log in which most issues
 * are listed more than once (superseded-row removal on a big file). Any input
 * refused or any run not completed fails the bench.
 */
public final class BenchRun {

    // The step of a job that writes its reports, by the jobs' step names.
    private static final List<String> REPORT_STEP_SUFFIXES = List.of("-workbook", "-lists", "-reports");
    private static final Duration LIVE_HEAP_CHECKS = Duration.ofSeconds(2);

    private final ApplicationContext context;
    private final Path home;
    private final LocalDate today;
    private final PrintWriter progress;

    public BenchRun(ApplicationContext context, Path home, LocalDate today, PrintWriter progress) {
        this.context = context;
        this.home = home;
        this.today = today;
        this.progress = progress;
    }

    /** {@code repeatedKeysMegabytes} 0 leaves the repeated-key import out. */
    public BenchFigures run(int households, int projects, Measured generate, boolean importOnly,
                            int repeatedKeysMegabytes) throws Exception {
        BenchMapper mapper = context.getBean(BenchMapper.class);
        if (mapper.countHouseholds() > 0) {
            throw new BenchFailure("the database already holds households; bench needs an empty one"
                    + " (a new --home, or SATOPS_DB_URL naming a new database)");
        }
        InboxFolders folders = context.getBean(InboxFolders.class);
        JobRunner runner = context.getBean(JobRunner.class);
        List<Measured> phases = new ArrayList<>(List.of(generate));
        List<Measured> ceilings = new ArrayList<>();

        Map<InboxKind, Measured> parsed = BareParse.byKind(kind -> folders.scan(kind).files());
        ceilings.add(BareParse.total(parsed));
        LoadDataCeiling loadData = loadDataCeiling(mapper);
        Path scratch = home.resolve("bench");
        Path rosterCsv = scratch.resolve("roster.csv");
        RosterCsv.write(folders.scan(InboxKind.ERP).files(), rosterCsv);
        ceilings.add(loadData.load(rosterCsv));
        Files.delete(rosterCsv);

        Metered<RunSummary> imported = PhaseMeter.measure("import",
                () -> runner.run(JobCatalog.IMPORT.parameters(RunRequest.defaults(), today)),
                s -> figure(s, "rows"));
        phase(phases, imported.measured());
        requireCompleted(imported.result());
        requireNoFileRefused(imported.result(), folders);
        Measured importRoster = rosterSteps(imported.result());

        List<RunSummary> jobRuns = new ArrayList<>();
        if (!importOnly) {
            for (JobCatalog job : JobCatalog.values()) {
                if (job == JobCatalog.IMPORT || !runner.hasJob(job.jobName())) {
                    continue;
                }
                Metered<RunSummary> ran = PhaseMeter.measure(job.jobName(),
                        () -> runner.run(job.parameters(RunRequest.defaults(), today)), s -> households);
                phase(phases, ran.measured());
                requireCompleted(ran.result());
                jobRuns.add(ran.result());
            }
        }
        List<Measured> cycleParts = phases.subList(1, phases.size());
        phase(phases, new Measured("cycle", cycleParts.stream().mapToDouble(Measured::seconds).sum(),
                imported.measured().rows(), cycleParts.stream().mapToLong(Measured::peakHeapMiB).max().orElse(0),
                cycleParts.stream().mapToDouble(Measured::cpuSeconds).sum()));
        RepeatedKeys repeatedKeys = null;
        if (repeatedKeysMegabytes > 0) {
            RepeatedKeyPatrolLog.Written log = RepeatedKeyPatrolLog.write(folders.waiting(InboxKind.PATROL).getParent(),
                    repeatedKeysMegabytes, today, 1L);
            // the live heap too, as the scale test measures it: a full collection every 2 s costs a few per cent
            HeapWatch heap = HeapWatch.withLiveChecks(LIVE_HEAP_CHECKS);
            Metered<RunSummary> repeated = PhaseMeter.measure(BenchFigures.REPEATED_KEYS_PHASE,
                    () -> runner.run(JobCatalog.IMPORT.parameters(RunRequest.defaults(), today)),
                    s -> figure(s, "rows." + InboxKind.PATROL.folder()), heap);
            phase(phases, repeated.measured());
            requireCompleted(repeated.result());
            requireNoFileRefused(repeated.result(), folders);
            repeatedKeys = new RepeatedKeys(log.megabytes(), log.issues(), heap.baselineBytes() >> 20,
                    heap.peakLiveBytes() >> 20);
        }

        ReportWrite report = biggestReport(jobRuns).orElse(null);
        if (report != null) {
            WorkbookSize size = new WorkbookSize(report.rows(), report.cells());
            ceilings.add(PhaseMeter.measure("bareSxssf",
                    () -> BareSxssf.write(scratch.resolve("bare-sxssf.xlsx"), size.rows(), size.cellsPerRow()),
                    n -> n).measured());
        }
        String profile = context.getEnvironment().matchesProfiles("mysql") ? "mysql" : "h2";
        return new BenchFigures(households, projects, profile, Runtime.getRuntime().maxMemory() >> 20,
                loadData.method(), phases, ceilings, importRoster, parsed.get(InboxKind.ERP), report, repeatedKeys);
    }

    private void phase(List<Measured> phases, Measured phase) {
        phases.add(phase);
        BenchFigures.printPhase(progress, phase);
    }

    private LoadDataCeiling loadDataCeiling(BenchMapper mapper) {
        Environment environment = context.getEnvironment();
        return new LoadDataCeiling(mapper, context.getBean(SqlSessionFactory.class),
                environment.getProperty("spring.datasource.url"), environment.getProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
    }

    private static void requireCompleted(RunSummary summary) {
        if (!"COMPLETED".equals(summary.status())) {
            throw new BenchFailure(summary.job() + " ended " + summary.status() + ": " + summary.message());
        }
    }

    /** A refused file leaves the figures without its rows: the bench names it and stops. */
    private static void requireNoFileRefused(RunSummary summary, InboxFolders folders) throws IOException {
        if (figure(summary, "rejectedFiles") == 0) {
            return;
        }
        List<String> notes = new ArrayList<>();
        if (Files.isDirectory(folders.rejected())) {
            try (Stream<Path> files = Files.list(folders.rejected())) {
                for (Path note : files.filter(f -> f.getFileName().toString().endsWith(".error.txt")).sorted()
                        .toList()) {
                    notes.add(Files.readString(note, StandardCharsets.UTF_8).strip());
                }
            }
        }
        throw new BenchFailure("the import refused " + figure(summary, "rejectedFiles") + " file(s): "
                + String.join("; ", notes));
    }

    /**
     * The import's stage and merge of the ERP rosters, the part comparable with loading the roster: the stage's
     * partitions run inside its manager step, whose time is theirs.
     */
    private Measured rosterSteps(RunSummary summary) {
        JobRepository repository = context.getBean(JobRepository.class);
        double seconds = repository.getJobExecution(summary.executionId()).getStepExecutions().stream()
                .filter(s -> s.getStepName().startsWith("import-" + InboxKind.ERP.folder() + "-"))
                .filter(s -> !s.getStepName().contains(":"))
                .mapToDouble(BenchRun::seconds).sum();
        return new Measured("importRoster", seconds, figure(summary, "rows." + InboxKind.ERP.folder()), 0);
    }

    private Optional<ReportWrite> biggestReport(List<RunSummary> runs) throws IOException {
        RunSummary writer = null;
        Path biggest = null;
        long biggestBytes = -1;
        for (RunSummary run : runs) {
            for (String report : run.reports() == null ? List.<String>of() : run.reports()) {
                Path file = home.resolve(report);
                if (report.endsWith(".xlsx") && Files.isRegularFile(file) && Files.size(file) > biggestBytes) {
                    writer = run;
                    biggest = file;
                    biggestBytes = Files.size(file);
                }
            }
        }
        if (biggest == null) {
            return Optional.empty();
        }
        WorkbookSize size = WorkbookSize.of(biggest);
        StepExecution step = reportStep(writer);
        return Optional.of(new ReportWrite(home.relativize(biggest).toString(), size.rows(), size.cells(),
                step.getStepName(), seconds(step)));
    }

    private StepExecution reportStep(RunSummary run) {
        List<StepExecution> steps = context.getBean(JobRepository.class).getJobExecution(run.executionId())
                .getStepExecutions().stream().filter(s -> !s.getStepName().startsWith("import-")).toList();
        Comparator<StepExecution> longest = Comparator.comparingDouble(BenchRun::seconds);
        return steps.stream().filter(s -> REPORT_STEP_SUFFIXES.stream().anyMatch(s.getStepName()::endsWith))
                .max(longest).or(() -> steps.stream().max(longest))
                .orElseThrow(() -> new BenchFailure(run.job() + " ran no step of its own"));
    }

    private static double seconds(StepExecution step) {
        if (step.getStartTime() == null || step.getEndTime() == null) {
            return 0;
        }
        return Duration.between(step.getStartTime(), step.getEndTime()).toNanos() / 1e9;
    }

    private static long figure(RunSummary summary, String name) {
        Object value = summary.figures() == null ? null : summary.figures().get(name);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
