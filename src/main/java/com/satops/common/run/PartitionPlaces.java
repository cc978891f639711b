package com.satops.common.run;

import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a manager step into its partitions' executions, each with its place
 * (its execution context: a slice of the files, a list of projects), as Batch's
 * SimpleStepExecutionSplitter does, except where a process killed in the middle
 * of the split would make a restart go wrong. Batch creates a partition's
 * execution and saves its context in two transactions: a kill in between leaves
 * an execution without its place, which Batch's restart hands on as the place,
 * so a stage partition would read every file (its neighbour's rows staged twice)
 * and a project partition none.
 * <p>
 * Here a partition that runs again takes the last place it was given in this
 * run; one never given a place takes the partitioner's, as a partition never
 * created does. Steps whose partitions all run again on restart take the
 * partitioner's places every time: nothing of an earlier attempt is kept, and
 * the places then always cover the work exactly once.
 */
class PartitionPlaces implements StepExecutionSplitter {

    /** The manager's context key of the partition count, kept across restarts as Batch keeps it. */
    static final String GRID_SIZE = "satops.partitions.gridSize";

    private final JobRepository repository;
    private final String stepName;
    private final Partitioner partitioner;
    private final boolean runAllAgain;

    PartitionPlaces(JobRepository repository, String stepName, Partitioner partitioner, boolean runAllAgain) {
        this.repository = repository;
        this.stepName = stepName;
        this.partitioner = partitioner;
        this.runAllAgain = runAllAgain;
    }

    @Override
    public String getStepName() {
        return stepName;
    }

    @Override
    public Set<StepExecution> split(StepExecution manager, int gridSize) throws JobExecutionException {
        JobExecution job = manager.getJobExecution();
        ExecutionContext managerContext = manager.getExecutionContext();
        if (!managerContext.containsKey(GRID_SIZE)) {
            managerContext.putInt(GRID_SIZE, gridSize);
            repository.updateExecutionContext(manager);
        }
        Map<String, ExecutionContext> places = partitioner.partition(managerContext.getInt(GRID_SIZE));
        Set<StepExecution> executions = new HashSet<>();
        for (Map.Entry<String, ExecutionContext> place : places.entrySet()) {
            String name = PartitionNames.step(stepName, place.getKey());
            StepExecution last = repository.getLastStepExecution(job.getJobInstance(), name);
            if (last != null && !runsAgain(last, job)) {
                continue;
            }
            ExecutionContext context = place.getValue();
            if (last != null && !runAllAgain) {
                context = holdsPlace(last.getExecutionContext(), context) ? last.getExecutionContext()
                        : earlierPlace(job.getJobInstance(), name, context);
            }
            StepExecution partition = repository.createStepExecution(name, job);
            partition.setExecutionContext(context);
            repository.updateExecutionContext(partition);
            executions.add(partition);
        }
        return executions;
    }

    /** As Batch decides: a partition that completed runs again only where every partition does. */
    private boolean runsAgain(StepExecution last, JobExecution job) throws JobExecutionException {
        BatchStatus status = last.getStatus();
        return switch (status) {
            case COMPLETED -> runAllAgain || Objects.equals(last.getJobExecutionId(), job.getId());
            case FAILED, STOPPED -> true;
            case STARTING, STARTED, STOPPING -> throw new JobExecutionException("cannot restart " + last.getStepName()
                    + " from " + status + ": the run may still be going on in another process");
            default -> throw new JobExecutionException("cannot restart " + last.getStepName() + " from " + status
                    + ": its last execution ended in a state that needs a person to look at it");
        };
    }

    /** The latest place an earlier execution of the partition was given; the partitioner's if none was. */
    private ExecutionContext earlierPlace(JobInstance instance, String name, ExecutionContext fresh) {
        return repository.getJobExecutions(instance).stream()
                .sorted(Comparator.comparingLong(JobExecution::getId).reversed())
                .flatMap(execution -> execution.getStepExecutions().stream()
                        .filter(step -> step.getStepName().equals(name))
                        .sorted(Comparator.comparingLong(StepExecution::getId).reversed()))
                .map(StepExecution::getExecutionContext)
                .filter(context -> holdsPlace(context, fresh))
                .findFirst()
                .orElse(fresh);
    }

    /** Whether a saved context holds a place: every key the partitioner gives its partitions. */
    private static boolean holdsPlace(ExecutionContext saved, ExecutionContext fresh) {
        return fresh.entrySet().stream().allMatch(entry -> saved.containsKey(entry.getKey()));
    }
}
