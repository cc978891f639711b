package com.satops.visits;

import com.satops.common.run.RunOutputLog;
import com.satops.common.run.RunParameters;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Sums the month's project tallies of the run's projects into the run figures. */
public class VisitFiguresTasklet implements Tasklet {

    private final VisitAssignmentMapper mapper;
    private final RunOutputLog outputs;

    public VisitFiguresTasklet(VisitAssignmentMapper mapper, RunOutputLog outputs) {
        this.mapper = mapper;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = contribution.getStepExecution().getJobExecution();
        RunParameters run = RunParameters.from(VisitListWorkbooks.JOB, job.getJobParameters());
        List<String> projects = ProjectScope.resolve(mapper, run);
        MonthFigures figures = projects.isEmpty() ? MonthFigures.NONE
                : mapper.monthFigures(run.month().toString(), projects);
        outputs.figures(job, figures.named());
        return RepeatStatus.FINISHED;
    }
}
