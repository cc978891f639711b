package com.satops.presampling;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.report.ReportLocale;
import com.satops.common.run.RunParameters;
import java.util.Collection;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;

/** The run a step of presampling-cleanup works for: its parameters, its execution and its frame query. */
record FrameRun(RunParameters parameters, JobExecution execution, FrameQuery query) {

    static FrameRun of(StepContribution contribution, Collection<OccupancyStatus> occupied) {
        JobExecution execution = contribution.getStepExecution().getJobExecution();
        RunParameters parameters = RunParameters.from(execution.getJobInstance().getJobName(),
                execution.getJobParameters());
        return new FrameRun(parameters, execution, FrameQuery.of(parameters, execution.getId(), occupied));
    }

    ReportLocale locale() {
        return ReportLocale.of(parameters.locale());
    }
}
