package com.satops.patrol;

import com.satops.common.config.SatopsProperties;
import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.OutgoingMail;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Queues, in the step's transaction, each project's workbook to its active project
 * managers with an email, and the company workbook to the quality department when
 * the run covers every project. The outbox key makes a re-run queue nothing twice.
 */
@Component
public class PatrolMailTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(PatrolMailTasklet.class);

    private final PatrolScoreboardReader scoreboards;
    private final PatrolCloseoutMapper mapper;
    private final MailOutbox outbox;
    private final PatrolProperties properties;
    private final SatopsProperties satops;

    public PatrolMailTasklet(PatrolScoreboardReader scoreboards, PatrolCloseoutMapper mapper, MailOutbox outbox,
                             PatrolProperties properties, SatopsProperties satops) {
        this.scoreboards = scoreboards;
        this.mapper = mapper;
        this.outbox = outbox;
        this.properties = properties;
        this.satops = satops;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        CloseoutRun run = CloseoutRun.of(contribution, properties.rules());
        Scoreboard board = scoreboards.read(run.week(), run.parameters().projects());
        CloseoutMailText mail = new CloseoutMailText(new CloseoutText(run.locale()), run.week());
        int queued = 0;
        for (Scoreboard.Line project : board.projects()) {
            String code = project.figures().projectCode();
            Path workbook = run.workbook(satops.home(), code);
            for (ManagerAddress manager : mapper.projectManagers(code)) {
                queued += queue(run, manager.email(), mail.projectSubject(project.figures()),
                        mail.projectBody(manager.staffName(), project, workbook.getFileName().toString()), workbook);
            }
        }
        // A run limited by --project has no company-wide workbook to send.
        if (run.parameters().projects().isEmpty()) {
            Path workbook = run.workbook(satops.home(), null);
            for (String address : qualityDepartment()) {
                queued += queue(run, address, mail.companySubject(),
                        mail.companyBody(board, workbook.getFileName().toString()), workbook);
            }
        }
        log.info("Patrol close-out {}: {} mails queued", run.period(), queued);
        return RepeatStatus.FINISHED;
    }

    private int queue(CloseoutRun run, String recipient, String subject, String html, Path attachment) {
        boolean added = outbox.queue(new OutgoingMail(CloseoutRun.JOB, run.period(), recipient, subject, html,
                attachment, null, run.parameters().runKey(), run.execution().getId()));
        return added ? 1 : 0;
    }

    private List<String> qualityDepartment() {
        List<String> addresses = satops.mail().qualityDepartment();
        return addresses == null ? List.of()
                : addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }
}
