package com.satops.service;

import com.satops.common.config.SatopsProperties;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.ProgressTotal;
import com.satops.common.run.RunLeases;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunRequest;
import com.satops.common.run.RunStarted;
import com.satops.common.run.RunSummary;
import com.satops.common.run.RunSummaryFactory;
import com.satops.followup.DayClock;
import com.satops.common.run.RunOutputLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs as the API and the console handle them: trigger (same validation as the
 * CLI), list and filter, detail with steps and data issues, stop, restart,
 * abandon, and a run's report files.
 */
@Service
public class RunService {

    public static final int MAX_LIMIT = 500;
    private static final int MAX_ISSUES = 1000;
    private static final Set<BatchStatus> RUNNING = Set.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING);

    private final JobRunner runner;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunSummaryFactory summaries;
    private final RunLeases leases;
    private final ServiceQueryMapper queries;
    private final RunOutputLog outputs;
    private final DayClock dayClock;
    private final Path home;
    private final JsonMapper json = JsonMapper.builder().build();

    public RunService(JobRunner runner, JobOperator jobOperator, JobRepository jobRepository,
                      RunSummaryFactory summaries, RunLeases leases, ServiceQueryMapper queries,
                      RunOutputLog outputs, DayClock dayClock, SatopsProperties properties) {
        this.runner = runner;
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.summaries = summaries;
        this.leases = leases;
        this.queries = queries;
        this.outputs = outputs;
        this.dayClock = dayClock;
        this.home = properties.home().toAbsolutePath().normalize();
    }

    /** Starts a run; its parameters are validated as the CLI validates them (BadRunRequestException). */
    public RunStarted trigger(String job, RunRequest request) {
        JobCatalog catalog = JobCatalog.byName(job).filter(j -> runner.hasJob(j.jobName()))
                .orElseThrow(() -> new NotFoundException("no job named '" + job + "'"));
        RunParameters parameters = catalog.parameters(request, dayClock.todayFor(catalog));
        return runner.start(parameters);
    }

    public List<RunView> list(String job, String status, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + " (got " + limit + ")");
        }
        String batchStatus = status == null || status.isBlank() ? null : parseStatus(status).name();
        return queries.runs(blankToNull(job), batchStatus, limit).stream().map(row -> view(row, false)).toList();
    }

    /** The newest run of each job, by job name. */
    public List<RunView> lastRuns() {
        return queries.lastRuns().stream().map(row -> view(row, false)).toList();
    }

    public RunView detail(long executionId) {
        return view(row(executionId), true);
    }

    /** Asks a running execution to stop at its next chunk; it ends STOPPED and can be restarted. */
    public RunView stop(long executionId) {
        RunRow row = row(executionId);
        JobExecution execution = execution(executionId);
        if (!execution.isRunning()) {
            throw new ConflictException("execution " + executionId + " is not running (" + row.status() + ")");
        }
        if (leftByDeadProcess(execution)) {
            throw new ConflictException("execution " + executionId
                    + " was left running by a process that died: abandon or restart it");
        }
        try {
            jobOperator.stop(execution);
        } catch (Exception e) {
            throw new ConflictException("execution " + executionId + " could not be stopped: " + e.getMessage());
        }
        return detail(executionId);
    }

    /** Restarts a failed, stopped or dead-owner run where it stopped. */
    public RunStarted restart(long executionId) {
        JobExecution execution = execution(executionId);
        if (execution.getStatus() == BatchStatus.COMPLETED || execution.getStatus() == BatchStatus.ABANDONED) {
            throw new ConflictException("execution " + executionId + " is " + execution.getStatus()
                    + "; trigger the job again to produce it again");
        }
        if (execution.isRunning() && !leftByDeadProcess(execution)) {
            throw new ConflictException("execution " + executionId + " is running; it is never restarted");
        }
        leases.clearDead(runKey(execution));
        return runner.restart(executionId);
    }

    /** Gives a run up for good: a stopped or failed one, or one left running by a process that died. */
    public RunView abandon(long executionId) {
        JobExecution execution = execution(executionId);
        try {
            if (execution.isRunning()) {
                if (!leftByDeadProcess(execution)) {
                    throw new ConflictException("execution " + executionId
                            + " is running in a live process; stop it first");
                }
                leases.clearDead(runKey(execution));
                execution = jobOperator.recover(execution);
            }
            jobOperator.abandon(execution);
        } catch (ConflictException e) {
            throw e;
        } catch (Exception e) {
            throw new ConflictException("execution " + executionId + " could not be abandoned: " + e.getMessage());
        }
        summaries.summarize(execution(executionId));
        return detail(executionId);
    }

    /** One of the files the run wrote; nothing else under the home is reachable this way. */
    public Path report(long executionId, String fileName) {
        JobExecution execution = execution(executionId);
        for (String written : outputs.reports(execution)) {
            Path path = home.resolve(written).normalize();
            if (path.startsWith(home) && path.getFileName().toString().equals(fileName) && Files.isRegularFile(path)) {
                return path;
            }
        }
        throw new NotFoundException("execution " + executionId + " wrote no report named '" + fileName + "'");
    }

    private RunView view(RunRow row, boolean withDetail) {
        JobExecution execution = null;
        RunSummary summary = row.summaryJson() == null ? null : json.readValue(row.summaryJson(), RunSummary.class);
        boolean running = RUNNING.contains(BatchStatus.valueOf(row.status()));
        boolean stale = summary == null || !summary.status().equals(row.status());
        // Only running, unsummarized or detailed runs are read from the repository, not every listed one.
        if (stale || running || withDetail) {
            execution = execution(row.executionId());
            if (stale) {
                summary = summaries.describe(execution);
            }
        }
        boolean dead = running && leftByDeadProcess(execution);
        List<StepView> steps = withDetail ? steps(execution) : List.of();
        List<RunDataIssue> issues = withDetail
                ? queries.dataIssues(runKey(execution), execution.getStatus() == BatchStatus.COMPLETED, MAX_ISSUES)
                : List.of();
        return new RunView(summary, row.startedAt(), row.endedAt(), seconds(row.startedAt(), row.endedAt()), dead,
                steps, issues);
    }

    private static List<StepView> steps(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .sorted(java.util.Comparator.comparing(StepExecution::getId))
                .map(step -> new StepView(step.getStepName(), step.getStatus().name(), step.getReadCount(),
                        step.getWriteCount(), step.getSkipCount(), seconds(step.getStartTime(), step.getEndTime()),
                        step.getEndTime() == null ? ProgressTotal.of(step.getExecutionContext()) : null))
                .toList();
    }

    private static Long seconds(LocalDateTime from, LocalDateTime to) {
        return from == null || to == null ? null : Duration.between(from, to).toSeconds();
    }

    private boolean leftByDeadProcess(JobExecution execution) {
        return leases.leftByDeadProcess(runKey(execution));
    }

    private static String runKey(JobExecution execution) {
        return RunParameters.from(execution.getJobInstance().getJobName(), execution.getJobParameters()).runKey();
    }

    private RunRow row(long executionId) {
        RunRow row = queries.run(executionId);
        if (row == null) {
            throw new NotFoundException("no run with execution id " + executionId);
        }
        return row;
    }

    private JobExecution execution(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null) {
            throw new NotFoundException("no run with execution id " + executionId);
        }
        return execution;
    }

    private static BatchStatus parseStatus(String status) {
        try {
            return BatchStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of COMPLETED, STARTING, STARTED, STOPPING, "
                    + "STOPPED, FAILED, ABANDONED, UNKNOWN (got '" + status + "')");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
