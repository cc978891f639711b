package com.satops.presampling;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.run.RunOutputLog;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Puts the decided frame's figures, summed over the projects in scope, into the run summary. */
class FrameFiguresTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FrameFiguresTasklet.class);

    private final SampleFrameMapper frames;
    private final Set<OccupancyStatus> occupied;
    private final RunOutputLog outputs;

    FrameFiguresTasklet(SampleFrameMapper frames, Set<OccupancyStatus> occupied, RunOutputLog outputs) {
        this.frames = frames;
        this.occupied = occupied;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FrameRun run = FrameRun.of(contribution, occupied);
        FrameFigures figures = FrameFigures.of(frames.projectSummaries(run.query()));
        outputs.figures(run.execution(), figures.asMap());
        log.info("{} frame: {} households, {} eligible", run.query().month(), figures.households(),
                figures.eligible());
        return RepeatStatus.FINISHED;
    }
}
