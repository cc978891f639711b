package com.satops.common.inbox;

import com.satops.common.run.RunParameters;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run an import belongs to: its execution id and run key tag every file,
 * issue and history row; {@code asOf} is when the imported facts take effect.
 */
public record ImportRun(long executionId, String runKey, LocalDate asOf, LocalDate today) {

    public static ImportRun of(StepExecution step, Clock clock) {
        JobExecution job = step.getJobExecution();
        RunParameters parameters = RunParameters.from(job.getJobInstance().getJobName(), job.getJobParameters());
        LocalDate today = LocalDate.now(clock);
        // A job that takes no --as-of (the daily work-order check) imports as of the day it runs.
        return new ImportRun(job.getId(), parameters.runKey(), parameters.asOf() == null ? today : parameters.asOf(),
                today);
    }
}
