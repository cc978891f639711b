package com.satops.patrol;

import com.satops.common.config.SatopsProperties;
import com.satops.common.report.ReportText;
import com.satops.common.report.ReportTexts;
import com.satops.common.report.UnmailedStaff;
import com.satops.common.report.UnmailedStaffMapper;
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
 * Writes a workbook per project in scope (per partition) and the company workbook,
 * and notes the project managers no mail can reach (no email) for the run summary:
 * two tasklets, one for the partitions' steps and one for the company's step after them.
 */
@Component
public class PatrolReportTasklet {

    private static final Logger log = LoggerFactory.getLogger(PatrolReportTasklet.class);

    private final PatrolScoreboardReader scoreboards;
    private final PatrolWorkbookWriter writer;
    private final PatrolProperties properties;
    private final SatopsProperties satops;
    private final ReportTexts texts;
    private final UnmailedStaffMapper staff;
    private final RunOutputLog outputs;

    public PatrolReportTasklet(PatrolScoreboardReader scoreboards, PatrolWorkbookWriter writer,
                               PatrolProperties properties, SatopsProperties satops, ReportTexts texts,
                               UnmailedStaffMapper staff, RunOutputLog outputs) {
        this.scoreboards = scoreboards;
        this.writer = writer;
        this.properties = properties;
        this.satops = satops;
        this.texts = texts;
        this.staff = staff;
        this.outputs = outputs;
    }

    /** A partition's project workbooks; an empty partition writes none. */
    public RepeatStatus projectWorkbooks(StepContribution contribution, ChunkContext chunkContext) {
        CloseoutRun run = CloseoutRun.of(contribution, properties.rules());
        List<String> partition = ProjectPartitioner.projects(contribution.getStepExecution());
        if (!partition.isEmpty()) {
            projectWorkbooks(run, partition);
        }
        return RepeatStatus.FINISHED;
    }

    /** The company workbook, and the project managers no mail can reach noted for the run summary. */
    public RepeatStatus companyWorkbook(StepContribution contribution, ChunkContext chunkContext) {
        CloseoutRun run = CloseoutRun.of(contribution, properties.rules());
        Scoreboard board = scoreboards.kept(run, run.parameters().projects());
        List<UnmailedStaff> unmailed = unmailed(board.projectCodes());
        outputs.report(run.execution(), writer.write(run.workbook(satops.home(), null),
                PatrolWorkbookWriter.Content.company(board, run.parameters().projects(),
                        run.parameters().runKey(), texts.of(run.locale()), unmailed)));
        unmailed.forEach(person -> outputs.unmailed(run.execution(), person.staffNo()));
        log.info("Patrol close-out {}: the company workbook written", run.period());
        return RepeatStatus.FINISHED;
    }

    private void projectWorkbooks(CloseoutRun run, List<String> projects) {
        Scoreboard board = scoreboards.kept(run, projects);
        ReportText text = texts.of(run.locale());
        List<UnmailedStaff> unmailed = unmailed(board.projectCodes());
        for (String code : board.projectCodes()) {
            List<UnmailedStaff> ofProject = unmailed.stream().filter(p -> p.projectCode().equals(code)).toList();
            outputs.report(run.execution(), writer.write(run.workbook(satops.home(), code),
                    PatrolWorkbookWriter.Content.project(board, code, text, ofProject)));
        }
        log.info("Patrol close-out {}: {} project workbooks written", run.period(), board.projects().size());
    }

    private List<UnmailedStaff> unmailed(List<String> projectCodes) {
        return projectCodes.isEmpty() ? List.of() : staff.projectManagersWithoutEmail(projectCodes);
    }
}
