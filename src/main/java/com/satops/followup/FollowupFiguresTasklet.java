package com.satops.followup;

import com.satops.common.run.RunOutputLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Puts the day's nine figures, summed over the projects in scope, into the run summary. */
@Component
public class FollowupFiguresTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FollowupFiguresTasklet.class);

    private final FollowupReader reader;
    private final RunOutputLog outputs;

    public FollowupFiguresTasklet(FollowupReader reader, RunOutputLog outputs) {
        this.reader = reader;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FollowupRun run = FollowupRun.of(contribution);
        FollowupBoard board = reader.count(run);
        if (!run.parameters().projects().isEmpty() && board.projects().size() < run.parameters().projects().size()) {
            log.warn("Some of the projects {} are unknown (no ERP roster lists them); reporting {}",
                    run.parameters().projects(), board.projectCodes());
        }
        outputs.figures(run.execution(), board.total().asRunFigures());
        log.info("Service follow-up {}: {}", run.period(), board.total().asRunFigures());
        return RepeatStatus.FINISHED;
    }
}
