package com.satops.patrol;

import com.satops.common.config.SatopsProperties;
import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.MailTemplates;
import com.satops.common.mail.OutgoingMail;
import com.satops.common.run.PeriodEnd;
import com.satops.common.run.ProjectPartitioner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Queues, in the step's transaction (a partition's, for projects), each project's workbook to its active project
 * managers with an email, and the company workbook to the quality department when
 * the run covers every project. The outbox key makes a re-run queue nothing twice.
 * A week not over as of --as-of has its mails held: the real run after the week mails them.
 */
@Component
public class PatrolMailTasklet {

    private static final Logger log = LoggerFactory.getLogger(PatrolMailTasklet.class);

    private final PatrolScoreboardReader scoreboards;
    private final PatrolCloseoutMapper mapper;
    private final MailOutbox outbox;
    private final PatrolProperties properties;
    private final SatopsProperties satops;
    private final MailTemplates templates;

    public PatrolMailTasklet(PatrolScoreboardReader scoreboards, PatrolCloseoutMapper mapper, MailOutbox outbox,
                             PatrolProperties properties, SatopsProperties satops, MailTemplates templates) {
        this.scoreboards = scoreboards;
        this.mapper = mapper;
        this.outbox = outbox;
        this.properties = properties;
        this.satops = satops;
        this.templates = templates;
    }

    /** Each of a partition's projects' workbook to its project managers; an empty partition mails nobody. */
    public RepeatStatus projectMails(StepContribution contribution, ChunkContext chunkContext) {
        CloseoutRun run = CloseoutRun.of(contribution, properties.rules());
        List<String> partition = ProjectPartitioner.projects(contribution.getStepExecution());
        if (partition.isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Scoreboard board = scoreboards.kept(run, partition);
        CloseoutMailText mail = new CloseoutMailText(templates, run.locale(), run.week());
        Tally tally = new Tally(PeriodEnd.weekEnded(run.week().week(), run.week().asOf()));
        for (Scoreboard.Line project : board.projects()) {
            String code = project.figures().projectCode();
            Path workbook = run.workbook(satops.home(), code);
            List<PatrolIssueRow> oldest = oldestOverdue(run, List.of(code));
            for (ManagerAddress manager : mapper.projectManagers(code)) {
                CloseoutMailText.Mail text = mail.project(manager.staffName(), project, oldest,
                        workbook.getFileName().toString());
                tally.count(queue(run, manager.email(), text, workbook, tally.weekEnded));
            }
        }
        log.info("Patrol close-out {}: {} project mails queued, {} held until the week is over", run.period(),
                tally.queued, tally.held);
        return RepeatStatus.FINISHED;
    }

    /** The company workbook to the quality department, when the run covers every project. */
    public RepeatStatus companyMail(StepContribution contribution, ChunkContext chunkContext) {
        CloseoutRun run = CloseoutRun.of(contribution, properties.rules());
        // A run limited by --project has no company-wide workbook to send.
        if (!run.parameters().projects().isEmpty()) {
            return RepeatStatus.FINISHED;
        }
        Scoreboard board = scoreboards.kept(run, run.parameters().projects());
        CloseoutMailText mail = new CloseoutMailText(templates, run.locale(), run.week());
        Tally tally = new Tally(PeriodEnd.weekEnded(run.week().week(), run.week().asOf()));
        Path workbook = run.workbook(satops.home(), null);
        CloseoutMailText.Mail text = mail.company(board, oldestOverdue(run, List.of()),
                workbook.getFileName().toString());
        for (String address : qualityDepartment()) {
            tally.count(queue(run, address, text, workbook, tally.weekEnded));
        }
        log.info("Patrol close-out {}: {} company mails queued, {} held until the week is over", run.period(),
                tally.queued, tally.held);
        return RepeatStatus.FINISHED;
    }

    /** Mails queued, and those held because the week is not over. */
    private static final class Tally {
        private final boolean weekEnded;
        private int queued;
        private int held;

        private Tally(boolean weekEnded) {
            this.weekEnded = weekEnded;
        }

        private void count(boolean wasQueued) {
            if (wasQueued) {
                queued++;
            } else if (!weekEnded) {
                held++;
            }
        }
    }

    /** The overdue issues the mail names: the listing's first ones, oldest first, read no further. */
    private List<PatrolIssueRow> oldestOverdue(CloseoutRun run, List<String> projects) {
        List<PatrolIssueRow> oldest = new ArrayList<>(CloseoutMailText.OLDEST_OVERDUE);
        mapper.overdueIssues(run.week().query(projects), context -> {
            oldest.add(context.getResultObject());
            if (oldest.size() == CloseoutMailText.OLDEST_OVERDUE) {
                context.stop();
            }
        });
        return oldest;
    }

    private boolean queue(CloseoutRun run, String recipient, CloseoutMailText.Mail text, Path attachment,
                          boolean weekEnded) {
        return outbox.queueOrHold(new OutgoingMail(CloseoutRun.JOB, run.period(), recipient, text.subject(),
                text.html(), attachment, null, run.parameters().runKey(), run.execution().getId()), weekEnded);
    }

    private List<String> qualityDepartment() {
        List<String> addresses = satops.mail().qualityDepartment();
        return addresses == null ? List.of()
                : addresses.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList();
    }
}
