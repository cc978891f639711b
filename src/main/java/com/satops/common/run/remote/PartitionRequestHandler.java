package com.satops.common.run.remote;

import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.StepLocator;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs one partition request on a worker, like Batch's {@code StepExecutionRequestHandler},
 * with what a queue that redelivers needs. The request is acknowledged only once this
 * returns, so a worker that dies mid-partition leaves it to RabbitMQ to hand to another.
 * <ul>
 * <li>A partition that already ended (its worker died after finishing, before the
 * acknowledgement) is not run again: the manager may already have moved on.</li>
 * <li>A partition left STARTED is one whose worker died: it runs again on the same
 * execution, from what the dead worker last committed (its execution context), as a
 * restart would; the execution's version makes any late write of the old worker fail.</li>
 * <li>A partition of a run that has ended (the manager timed out or died) is abandoned.</li>
 * <li>Every ending is written to the job repository, which the manager polls: an ending
 * kept only in this process's memory would leave the manager waiting.</li>
 * </ul>
 */
public class PartitionRequestHandler {

    private static final Logger log = LoggerFactory.getLogger(PartitionRequestHandler.class);

    private final JobRepository jobRepository;
    private final StepLocator steps;

    public PartitionRequestHandler(JobRepository jobRepository, StepLocator steps) {
        this.jobRepository = jobRepository;
        this.steps = steps;
    }

    public void handle(StepExecutionRequest request) {
        StepExecution partition = jobRepository.getStepExecution(request.getStepExecutionId());
        if (partition == null) {
            log.warn("{}: no such step execution in the job repository; dropped", request);
            return;
        }
        String name = partition.getStepName() + " (execution " + partition.getId() + ")";
        BatchStatus status = partition.getStatus();
        if (!status.isRunning()) {
            log.info("{}: already {}, not run again", name, status);
            return;
        }
        if (!partition.getJobExecution().isRunning()) {
            log.warn("{}: its run is {}; abandoned", name, partition.getJobExecution().getStatus());
            end(partition, BatchStatus.ABANDONED, null);
            return;
        }
        Step step = steps.getStep(request.getStepName());
        if (step == null) {
            end(partition, BatchStatus.FAILED,
                    new IllegalStateException("no partition step " + request.getStepName() + " on this worker"));
            log.error("{}: this worker has no step {}", name, request.getStepName());
            return;
        }
        if (status == BatchStatus.STARTED) {
            log.warn("{}: left STARTED by a worker that stopped; running it again", name);
        } else {
            log.info("{}: started", name);
        }
        try {
            step.execute(partition);
        } catch (JobInterruptedException e) {
            end(partition, BatchStatus.STOPPED, null);
        } catch (OptimisticLockingFailureException e) {
            // Another worker wrote this execution since it was read here: it is alive and runs it.
            log.warn("{}: taken by another worker; left to it", name);
            return;
        }
        log.info("{}: {}, {} items written", name, partition.getStatus(), partition.getWriteCount());
    }

    private void end(StepExecution partition, BatchStatus status, Throwable failure) {
        partition.setStatus(status);
        partition.setExitStatus(failure == null ? new ExitStatus(status.name())
                : ExitStatus.FAILED.addExitDescription(failure));
        if (failure != null) {
            partition.addFailureException(failure);
        }
        partition.setEndTime(LocalDateTime.now());
        jobRepository.update(partition);
    }
}
