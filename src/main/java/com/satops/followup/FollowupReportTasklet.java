package com.satops.followup;

import com.satops.common.config.SatopsProperties;
import com.satops.common.run.ProjectPartitioner;
import com.satops.common.run.RunOutputLog;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Writes a workbook per project in scope (per partition) and the company workbook:
 * two tasklets, one for the partitions' steps and one for the company's step after them.
 */
@Component
public class FollowupReportTasklet {

    private static final Logger log = LoggerFactory.getLogger(FollowupReportTasklet.class);

    private final FollowupReader reader;
    private final FollowupWorkbookWriter writer;
    private final FollowupProperties properties;
    private final DayClock dayClock;
    private final SatopsProperties satops;
    private final RunOutputLog outputs;

    public FollowupReportTasklet(FollowupReader reader, FollowupWorkbookWriter writer,
                                 FollowupProperties properties, DayClock dayClock, SatopsProperties satops,
                                 RunOutputLog outputs) {
        this.reader = reader;
        this.writer = writer;
        this.properties = properties;
        this.dayClock = dayClock;
        this.satops = satops;
        this.outputs = outputs;
    }

    /** A partition's project workbooks; an empty partition writes none. */
    public RepeatStatus projectWorkbooks(StepContribution contribution, ChunkContext chunkContext) {
        FollowupRun run = FollowupRun.of(contribution);
        List<String> partition = ProjectPartitioner.projects(contribution.getStepExecution());
        if (partition.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        FollowupBoard board = reader.board(run, partition);
        FollowupListings listings = reader.listings(run.day(), partition);
        OverdueRule overdue = properties.overdueRule();
        boolean ended = dayClock.ended(run.day());
        for (ProjectFigures project : board.projects()) {
            String code = project.projectCode();
            outputs.report(run.execution(), writer.write(run.workbook(satops.home(), code),
                    new FollowupWorkbookWriter.Content(run, List.of(project), null, listings.of(code), overdue,
                            ended, null)));
        }
        log.info("Service follow-up {}: {} project workbooks written", run.period(), board.projects().size());
        return RepeatStatus.FINISHED;
    }

    /** The company workbook, over every project in scope. */
    public RepeatStatus companyWorkbook(StepContribution contribution, ChunkContext chunkContext) {
        FollowupRun run = FollowupRun.of(contribution);
        FollowupBoard board = reader.board(run, run.parameters().projects());
        FollowupListings listings = reader.listings(run.day(), run.parameters().projects());
        outputs.report(run.execution(), writer.write(run.workbook(satops.home(), null),
                new FollowupWorkbookWriter.Content(run, board.projects(), board.total(), listings,
                        properties.overdueRule(), dayClock.ended(run.day()), run.parameters().runKey())));
        log.info("Service follow-up {}: the company workbook written", run.period());
        return RepeatStatus.FINISHED;
    }
}
