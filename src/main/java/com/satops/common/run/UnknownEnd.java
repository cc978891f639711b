package com.satops.common.run;

import java.time.LocalDateTime;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * A run Spring Batch ended UNKNOWN: a commit or a rollback failed, typically because its
 * database went away while it ran (on H2, the process serving the file exited). Batch will
 * not restart it, as a job writing to other resources could have half-applied them. A
 * satops step commits its work and its place in one transaction of the database that holds
 * the job repository, and writes reports and queues mail in ways a restart repeats without
 * harm, so where it stopped is known: the run is marked FAILED, its unfinished steps too,
 * and restarts there as FORMATS §4 promises.
 */
final class UnknownEnd {

    private UnknownEnd() {
    }

    /** The execution again, marked FAILED where it (or a step of it) ended UNKNOWN or never ended. */
    static JobExecution markFailed(JobRepository repository, JobExecution ended) {
        JobExecution execution = repository.getJobExecution(ended.getId());
        LocalDateTime now = LocalDateTime.now();
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStatus() == BatchStatus.UNKNOWN || step.getStatus().isRunning()) {
                step.setStatus(BatchStatus.FAILED);
                if (step.getEndTime() == null) {
                    step.setEndTime(now);
                }
                repository.update(step);
            }
        }
        execution.setStatus(BatchStatus.FAILED);
        if (execution.getEndTime() == null) {
            execution.setEndTime(now);
        }
        repository.update(execution);
        return execution;
    }
}
