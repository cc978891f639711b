package com.satops.common.run;

import com.satops.common.run.remote.RemotePartitionHandlers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;

/**
 * Runs per-project steps as {@code satops.partitions} partitions on local threads.
 * The thread pool is this component's own, not a bean, so that Boot's
 * application task executor and the job launcher stay as they are; jobs running
 * together share it, their partitions waiting their turn. With the {@code remote}
 * profile the partitions ({@code satops.remote.partitions}) go to worker processes
 * instead ({@link RemotePartitionHandlers}), which find the partition steps here by name.
 */
@Component
public class ProjectPartitions implements DisposableBean {

    /**
     * The chunk transactions of partition steps: read committed, so that InnoDB
     * takes no gap locks on a project's index range that would block (or deadlock
     * with) another partition writing the next project's rows.
     */
    public static final TransactionAttribute WORKER_TRANSACTION = workerTransaction();

    private final int partitions;
    private final KnownProjectsMapper projects;
    private final ThreadPoolTaskExecutor threads;
    private final RemotePartitionHandlers remote;
    private final Map<String, Step> workerSteps = new ConcurrentHashMap<>();

    public ProjectPartitions(@Value("${satops.partitions}") int partitions, KnownProjectsMapper projects,
                             ObjectProvider<RemotePartitionHandlers> remote) {
        this.partitions = partitions > 0 ? partitions : Runtime.getRuntime().availableProcessors();
        this.projects = projects;
        this.remote = remote.getIfAvailable();
        this.threads = new ThreadPoolTaskExecutor();
        threads.setCorePoolSize(this.partitions);
        threads.setMaxPoolSize(this.partitions);
        threads.setThreadNamePrefix("satops-partition-");
        threads.setWaitForTasksToCompleteOnShutdown(false);
        threads.initialize();
    }

    public int partitions() {
        return partitions;
    }

    /** The run's projects spread by their household counts (one GROUP BY). */
    public ProjectPartitioner partitioner(List<String> projectsInScope) {
        Map<String, Long> households = projects.householdCounts().stream()
                .collect(Collectors.toMap(ProjectHouseholds::projectCode, ProjectHouseholds::households));
        return new ProjectPartitioner(projectsInScope, households);
    }

    /**
     * A manager step named {@code name} that runs {@code worker} once per partition.
     * The worker steps are named {@code <worker>:partition<n>}, stable across
     * restarts (a restart keeps the first attempt's partition count and each failed
     * partition its projects). The manager always runs, but a restart runs again only
     * the partitions that did not complete: the others keep what they committed.
     */
    public Step step(String name, JobRepository jobRepository, Step worker, ProjectPartitioner partitioner) {
        return step(name, jobRepository, worker, partitioner, false);
    }

    /**
     * As {@link #step(String, JobRepository, Step, ProjectPartitioner)}, but a restart
     * runs every partition again, the projects spread anew, for outputs that must agree
     * with figures the restart computes again.
     */
    public Step stepRunAgainOnRestart(String name, JobRepository jobRepository, Step worker,
                                      ProjectPartitioner partitioner) {
        return step(name, jobRepository, worker, partitioner, true);
    }

    /**
     * A manager step that runs {@code worker} once per partition on this process's threads, whatever the
     * profile (for work on this machine's files), every partition again on restart.
     */
    public Step localStepRunAgainOnRestart(String name, JobRepository jobRepository, Step worker,
                                           Partitioner partitioner) {
        return manager(name, jobRepository, worker, partitioner, true, localHandler(worker));
    }

    /** A partition step built here, by its name: what a remote worker runs; null when there is none. */
    public Step workerStep(String name) {
        return workerSteps.get(name);
    }

    private Step step(String name, JobRepository jobRepository, Step worker, ProjectPartitioner partitioner,
                      boolean runCompletedAgain) {
        Step known = workerSteps.putIfAbsent(worker.getName(), worker);
        if (known != null && known != worker) {
            throw new IllegalStateException("two partition steps named " + worker.getName());
        }
        return manager(name, jobRepository, worker, partitioner, runCompletedAgain, handler(worker));
    }

    private static Step manager(String name, JobRepository jobRepository, Step worker, Partitioner partitioner,
                                boolean runCompletedAgain, PartitionHandler handler) {
        return new StepBuilder(name, jobRepository)
                .partitioner(worker.getName(), partitioner)
                .splitter(new PartitionPlaces(jobRepository, worker.getName(), partitioner, runCompletedAgain))
                .partitionHandler(handler)
                .allowStartIfComplete(true)
                .build();
    }

    private PartitionHandler handler(Step worker) {
        return remote != null ? remote.handler(worker) : localHandler(worker);
    }

    private PartitionHandler localHandler(Step worker) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(worker);
        handler.setTaskExecutor(threads);
        handler.setGridSize(partitions);
        return handler;
    }

    private static TransactionAttribute workerTransaction() {
        DefaultTransactionAttribute attribute = new DefaultTransactionAttribute();
        attribute.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return attribute;
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }
}
