package com.satops.common.run;

import com.satops.common.mail.MailDuringRuns;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts a job the way FORMATS §4 promises: the same parameters restart a failed
 * run where it stopped, and produce a completed one again as a fresh attempt.
 * Only one run of a job and parameters is under way at a time, across processes
 * ({@link RunLeases}); a second start gets {@link AlreadyRunningException}.
 * <p>
 * Every run executes on a worker thread: {@link #start} returns its execution id
 * at once (the API's 202), {@link #run} waits for its summary (the CLI). When a run
 * ends its summary is stored, due mail goes out, listeners hear of it and the lease
 * is released; whatever fails on the worker is logged, never dropped.
 */
@Component
public class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, Job> jobs;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunSummaryFactory summaries;
    private final MailDuringRuns mail;
    private final RunLeases leases;
    private final ObjectProvider<RunEndListener> listeners;
    private final ExecutorService workers;
    private final TaskExecutorJobOperator workerOperator;
    /** The run being launched on this thread, handed to the worker that executes it. */
    private final ThreadLocal<PendingRun> launching = new ThreadLocal<>();

    public JobRunner(List<Job> jobs, JobOperator jobOperator, JobRepository jobRepository,
                     RunSummaryFactory summaries, MailDuringRuns mail, RunLeases leases,
                     RunLeaseProperties properties, ObjectProvider<RunEndListener> listeners,
                     ObjectProvider<ObservationRegistry> observations) throws Exception {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.summaries = summaries;
        this.mail = mail;
        this.leases = leases;
        this.listeners = listeners;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, properties.workers()), r -> {
            Thread thread = new Thread(r, "satops-run-" + threads.incrementAndGet());
            thread.setDaemon(false);
            return thread;
        });
        MapJobRegistry registry = new MapJobRegistry();
        for (Job job : jobs) {
            registry.register(job);
        }
        this.workerOperator = new TaskExecutorJobOperator();
        workerOperator.setJobRepository(jobRepository);
        workerOperator.setJobRegistry(registry);
        workerOperator.setTaskExecutor(this::hand);
        workerOperator.setObservationRegistry(observations.getIfAvailable(() -> ObservationRegistry.NOOP));
        workerOperator.afterPropertiesSet();
    }

    public List<String> jobNames() {
        return jobs.keySet().stream().sorted().toList();
    }

    public boolean hasJob(String name) {
        return jobs.containsKey(name);
    }

    /** Runs the job and waits for its summary (the CLI, the scheduler). */
    public RunSummary run(RunParameters requested) {
        try {
            return start(requested).finished().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Launches the job on a worker and returns as soon as its execution exists. */
    public RunStarted start(RunParameters requested) {
        Job job = jobs.get(requested.job());
        if (job == null) {
            throw new IllegalArgumentException("unknown job '" + requested.job() + "'; known: " + jobNames());
        }
        String runKey = requested.runKey();
        leases.acquire(job.getName(), runKey);
        PendingRun pending = new PendingRun(runKey);
        launching.set(pending);
        try {
            JobExecution execution = launch(job, requested);
            leases.attach(runKey, execution.getId());
            pending.execution.complete(execution);
            return new RunStarted(execution.getId(), RunParameters.from(job.getName(), execution.getJobParameters()),
                    pending.finished);
        } catch (RuntimeException e) {
            if (pending.handedOver.get()) {
                pending.execution.completeExceptionally(e);
            } else {
                leases.release(runKey);
            }
            throw e;
        } finally {
            launching.remove();
        }
    }

    /** Starts the run an execution belongs to again: where it stopped, or afresh if it completed. */
    public RunStarted restart(long executionId) {
        JobExecution execution = jobRepository.getJobExecution(executionId);
        if (execution == null) {
            throw new IllegalArgumentException("no execution " + executionId);
        }
        String job = execution.getJobInstance().getJobName();
        return start(RunParameters.from(job, execution.getJobParameters()).withAttempt(1));
    }

    private JobExecution launch(Job job, RunParameters requested) {
        RunParameters parameters = requested.withAttempt(1);
        while (true) {
            JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters.toJobParameters());
            JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
            if (last == null) {
                return start(job, parameters);
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                parameters = parameters.withAttempt(parameters.attempt() + 1);
                continue;
            }
            return restart(last);
        }
    }

    private JobExecution start(Job job, RunParameters parameters) {
        try {
            log.info("Starting {} {}", job.getName(), parameters.describe());
            return workerOperator.start(job, parameters.toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    private JobExecution restart(JobExecution last) {
        try {
            if (last.isRunning()) {
                // This process holds the run's lease, so whoever left it running is gone.
                log.warn("Execution {} of {} was left running by a process that died; recovering it to restart",
                        last.getId(), last.getJobInstance().getJobName());
                last = jobOperator.recover(last);
            } else if (last.getStatus() == BatchStatus.UNKNOWN) {
                log.warn("Execution {} of {} ended in an unknown state (its database went away while it ran; what "
                        + "it had not committed was rolled back): marked FAILED to restart where it stopped",
                        last.getId(), last.getJobInstance().getJobName());
                last = UnknownEnd.markFailed(jobRepository, last);
            }
            log.info("Restarting execution {} of {} where it stopped", last.getId(),
                    last.getJobInstance().getJobName());
            return workerOperator.restart(last);
        } catch (Exception e) {
            throw new IllegalStateException("could not restart execution " + last.getId() + ": " + e.getMessage(), e);
        }
    }

    /** The operator's task executor: the job runs on a worker, which then ends the run. */
    private void hand(Runnable jobRun) {
        PendingRun pending = launching.get();
        if (pending == null) {
            throw new IllegalStateException("a job was launched outside JobRunner.start");
        }
        pending.handedOver.set(true);
        workers.execute(() -> {
            mail.runStarted();
            try {
                jobRun.run();
            } catch (Throwable e) {
                log.error("Run {} failed on its worker", pending.runKey, e);
            } finally {
                mail.runEnded();
                end(pending);
            }
        });
    }

    private void end(PendingRun pending) {
        try {
            // The launched execution itself, not a copy read back: it holds the failures the repository does not.
            JobExecution execution = pending.execution.join();
            // Mails the run committed (and any still waiting from earlier runs) go out now; failures stay queued.
            // Before the summary, so that it tells what is still waiting and which sends were retries.
            deliverMail();
            RunSummary summary = summaries.summarize(execution);
            listeners.orderedStream().forEach(listener -> tell(listener, execution, summary));
            // The lease goes before anyone waiting hears the end: a caller's next run of the same
            // parameters must not find this one still holding it.
            releaseLease(pending);
            pending.finished.complete(summary);
        } catch (Throwable e) {
            log.error("Run {} could not be ended cleanly", pending.runKey, e);
            releaseLease(pending);
            pending.finished.completeExceptionally(e);
        }
    }

    private void releaseLease(PendingRun pending) {
        try {
            leases.release(pending.runKey);
        } catch (RuntimeException e) {
            log.error("Lease of run {} not released; it expires with its heartbeat", pending.runKey, e);
        }
    }

    private void deliverMail() {
        try {
            mail.deliverNow();
        } catch (RuntimeException e) {
            log.error("Mail delivery after the run failed; the mails stay queued", e);
        }
    }

    private static void tell(RunEndListener listener, JobExecution execution, RunSummary summary) {
        try {
            listener.runEnded(execution, summary);
        } catch (RuntimeException e) {
            log.error("{} failed for execution {}", listener.getClass().getSimpleName(), execution.getId(), e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            log.warn("Runs still under way at shutdown; their leases expire and they can be restarted");
            workers.shutdownNow();
        }
    }

    private static final class PendingRun {
        final String runKey;
        final CompletableFuture<JobExecution> execution = new CompletableFuture<>();
        final CompletableFuture<RunSummary> finished = new CompletableFuture<>();
        final AtomicBoolean handedOver = new AtomicBoolean();

        PendingRun(String runKey) {
            this.runKey = runKey;
        }
    }
}
