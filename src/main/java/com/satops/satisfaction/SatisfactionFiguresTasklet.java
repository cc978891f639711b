package com.satops.satisfaction;

import com.satops.common.run.RunOutputLog;
import com.satops.common.run.RunParameters;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The run summary's figures: the company level over the run's project scope (FORMATS §3). */
@Component
public class SatisfactionFiguresTasklet implements Tasklet {

    private final SatisfactionDigests digests;
    private final RunOutputLog outputs;

    public SatisfactionFiguresTasklet(SatisfactionDigests digests, RunOutputLog outputs) {
        this.digests = digests;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        RunParameters run = RunParameters.from(job.getJobInstance().getJobName(), job.getJobParameters());
        ScopeDigest company = digests.load(run.month(), run.projects()).company();
        outputs.figures(job, company.figures());
        return RepeatStatus.FINISHED;
    }
}
