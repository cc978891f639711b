package com.satops.patrol;

import com.satops.common.run.RunOutputLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Puts the week's six figures, summed over the projects in scope, into the run summary. */
@Component
public class PatrolFiguresTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PatrolFiguresTasklet.class);

    private final PatrolScoreboardReader scoreboards;
    private final PatrolProperties properties;
    private final RunOutputLog outputs;

    public PatrolFiguresTasklet(PatrolScoreboardReader scoreboards, PatrolProperties properties,
                                RunOutputLog outputs) {
        this.scoreboards = scoreboards;
        this.properties = properties;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        CloseoutRun run = CloseoutRun.of(contribution, properties.rules());
        Scoreboard board = scoreboards.count(run);
        if (!run.parameters().projects().isEmpty() && board.projects().size() < run.parameters().projects().size()) {
            log.warn("Some of the projects {} are unknown (no ERP roster lists them); reporting {}",
                    run.parameters().projects(), board.projectCodes());
        }
        outputs.figures(run.execution(), board.total().figures().asRunFigures());
        log.info("Patrol close-out {} as of {}: {}", run.period(), run.week().asOf(),
                board.total().figures().asRunFigures());
        return RepeatStatus.FINISHED;
    }
}
