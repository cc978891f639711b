package com.satops.presampling;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.run.ProjectPartitioner;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Decides the month's frame of one partition's projects in the database, in one
 * transaction: their month's rows are replaced, so a re-run gives the same frame.
 * Partitions hold disjoint projects, so they refill the frame side by side.
 */
class FrameDecisionTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FrameDecisionTasklet.class);

    private final SampleFrameMapper frames;
    private final Set<OccupancyStatus> occupied;

    FrameDecisionTasklet(SampleFrameMapper frames, Set<OccupancyStatus> occupied) {
        this.frames = frames;
        this.occupied = occupied;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<String> projects = ProjectPartitioner.projects(contribution.getStepExecution());
        if (projects.isEmpty()) {
            // an empty scope means every project to the frame statements; an empty partition decides none
            return RepeatStatus.FINISHED;
        }
        FrameQuery query = FrameRun.of(contribution, occupied).query().forProjects(projects);
        long started = System.nanoTime();
        frames.deleteFrame(query);
        int decided = frames.insertFrame(query);
        frames.attachStatusEvidence(query);
        log.info("{} frame: {} households of {} projects decided in {} ms", query.month(), decided, projects.size(),
                (System.nanoTime() - started) / 1_000_000);
        return RepeatStatus.FINISHED;
    }
}
