package com.satops.common.run.remote;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What a worker does with a request, as RabbitMQ may deliver it: first, again after
 * its worker finished, again after its worker died, after its run ended, or for a step
 * the worker lacks. Every ending is in the job repository, where the manager looks.
 */
@H2Database
class PartitionRequestHandlerTest extends FreshStart {

    static final String STEP = "probe-projects";

    @Autowired
    JobRepository jobRepository;

    @Autowired
    PlatformTransactionManager transactionManager;

    final AtomicInteger runs = new AtomicInteger();
    PartitionRequestHandler handler;
    JobExecution run;

    @BeforeEach
    void aRunningJob() {
        Step probe = new StepBuilder(STEP, jobRepository)
                .tasklet((contribution, chunk) -> {
                    runs.incrementAndGet();
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .build();
        handler = new PartitionRequestHandler(jobRepository, name -> STEP.equals(name) ? probe : null);
        JobParameters parameters = new JobParametersBuilder().addString("run", UUID.randomUUID().toString())
                .toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("probe", parameters);
        run = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        run.setStatus(BatchStatus.STARTED);
        run.setStartTime(LocalDateTime.now());
        jobRepository.update(run);
    }

    @Test
    void aNewPartitionRunsAndItsEndIsInTheRepository() {
        StepExecution partition = partition(BatchStatus.STARTING);

        handler.handle(request(STEP, partition));

        assertThat(runs).hasValue(1);
        assertThat(stored(partition).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aPartitionRedeliveredAfterItsWorkerFinishedIsNotRunAgain() {
        StepExecution partition = partition(BatchStatus.STARTING);
        handler.handle(request(STEP, partition));

        handler.handle(request(STEP, partition));

        assertThat(runs).hasValue(1);
        assertThat(stored(partition).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aPartitionLeftStartedByADeadWorkerRunsAgainToTheEnd() {
        StepExecution partition = partition(BatchStatus.STARTED);

        handler.handle(request(STEP, partition));

        assertThat(runs).hasValue(1);
        StepExecution stored = stored(partition);
        assertThat(stored.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(stored.getEndTime()).isNotNull();
    }

    @Test
    void aPartitionOfARunThatEndedIsAbandoned() {
        StepExecution partition = partition(BatchStatus.STARTING);
        run.setStatus(BatchStatus.FAILED);
        run.setEndTime(LocalDateTime.now());
        jobRepository.update(run);

        handler.handle(request(STEP, partition));

        assertThat(runs).hasValue(0);
        assertThat(stored(partition).getStatus()).isEqualTo(BatchStatus.ABANDONED);
    }

    @Test
    void aStepTheWorkerLacksFailsThePartitionInsteadOfLeavingItWaiting() {
        StepExecution partition = partition(BatchStatus.STARTING);

        handler.handle(request("no-such-step", partition));

        assertThat(runs).hasValue(0);
        StepExecution stored = stored(partition);
        assertThat(stored.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(stored.getExitStatus().getExitDescription()).contains("no-such-step");
    }

    private StepExecution partition(BatchStatus status) {
        StepExecution partition = jobRepository.createStepExecution(STEP + ":partition0", run);
        partition.setStatus(status);
        jobRepository.update(partition);
        return partition;
    }

    private StepExecutionRequest request(String step, StepExecution partition) {
        return new StepExecutionRequest(step, partition.getId());
    }

    private StepExecution stored(StepExecution partition) {
        return jobRepository.getStepExecution(partition.getId());
    }
}
