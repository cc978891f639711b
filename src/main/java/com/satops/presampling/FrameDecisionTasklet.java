package com.satops.presampling;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.run.RunOutputLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Decides the month's frame in the database, in one transaction: the month's
 * rows of the projects in scope are replaced, so a re-run gives the same frame.
 */
class FrameDecisionTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FrameDecisionTasklet.class);

    private final SampleFrameMapper frames;
    private final Set<OccupancyStatus> occupied;
    private final RunOutputLog outputs;

    FrameDecisionTasklet(SampleFrameMapper frames, Set<OccupancyStatus> occupied, RunOutputLog outputs) {
        this.frames = frames;
        this.occupied = occupied;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FrameRun run = FrameRun.of(contribution, occupied);
        FrameQuery query = run.query();
        requireKnownProjects(query);
        long started = System.nanoTime();
        frames.deleteFrame(query);
        int decided = frames.insertFrame(query);
        frames.attachStatusEvidence(query);
        FrameFigures figures = FrameFigures.of(frames.projectSummaries(query));
        outputs.figures(run.execution(), figures.asMap());
        log.info("{} frame: {} households decided in {} ms, {} eligible", query.month(), decided,
                (System.nanoTime() - started) / 1_000_000, figures.eligible());
        return RepeatStatus.FINISHED;
    }

    /** A mistyped --project would otherwise give the agency an empty frame without a word. */
    private void requireKnownProjects(FrameQuery query) {
        List<String> unknown = new ArrayList<>(query.projects());
        unknown.removeAll(frames.knownProjects(query));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown project " + String.join(", ", unknown)
                    + ": no ERP roster lists it");
        }
    }
}
