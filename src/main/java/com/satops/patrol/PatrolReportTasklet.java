package com.satops.patrol;

import com.satops.common.config.SatopsProperties;
import com.satops.common.run.RunOutputs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Writes a workbook per project in scope and the company workbook. */
@Component
public class PatrolReportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PatrolReportTasklet.class);

    private final PatrolScoreboardReader scoreboards;
    private final PatrolWorkbookWriter writer;
    private final PatrolProperties properties;
    private final SatopsProperties satops;

    public PatrolReportTasklet(PatrolScoreboardReader scoreboards, PatrolWorkbookWriter writer,
                               PatrolProperties properties, SatopsProperties satops) {
        this.scoreboards = scoreboards;
        this.writer = writer;
        this.properties = properties;
        this.satops = satops;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        CloseoutRun run = CloseoutRun.of(contribution, properties.rules());
        Scoreboard board = scoreboards.read(run.week(), run.parameters().projects());
        for (String code : board.projectCodes()) {
            writer.write(run.workbook(satops.home(), code),
                    PatrolWorkbookWriter.Content.project(board, code, run.locale()));
            RunOutputs.addReport(run.execution(), run.reportEntry(code));
        }
        writer.write(run.workbook(satops.home(), null), PatrolWorkbookWriter.Content.company(board,
                run.parameters().projects(), run.parameters().runKey(), run.locale()));
        RunOutputs.addReport(run.execution(), run.reportEntry(null));
        log.info("Patrol close-out {}: {} project workbooks and the company workbook written", run.period(),
                board.projects().size());
        return RepeatStatus.FINISHED;
    }
}
