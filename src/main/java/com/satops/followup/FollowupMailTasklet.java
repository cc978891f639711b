package com.satops.followup;

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
 * Queues, in the step's transaction, one mail per person the day names (see
 * {@link FollowupMailPlan}). A day that has not ended holds them all: none is
 * queued, and the run summary counts them as {@code mailsHeld}. The outbox
 * key (job, day, recipient, report) makes a re-run queue nothing twice.
 */
@Component
public class FollowupMailTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FollowupMailTasklet.class);

    private final FollowupReader reader;
    private final FollowupMapper mapper;
    private final FollowupMailRenderer renderer;
    private final MailOutbox outbox;
    private final DayClock dayClock;
    private final SatopsProperties satops;

    public FollowupMailTasklet(FollowupReader reader, FollowupMapper mapper, FollowupMailRenderer renderer,
                               MailOutbox outbox, DayClock dayClock, SatopsProperties satops) {
        this.reader = reader;
        this.mapper = mapper;
        this.renderer = renderer;
        this.outbox = outbox;
        this.dayClock = dayClock;
        this.satops = satops;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FollowupRun run = FollowupRun.of(contribution);
        List<PlannedMail> plan = plan(run);
        boolean dayEnded = dayClock.ended(run.day());
        int queued = 0;
        for (PlannedMail mail : plan) {
            Path report = mail.project() == null ? null : run.workbook(satops.home(), mail.project().projectCode());
            String body = renderer.body(mail, run.day().date(), report == null ? null : report.getFileName().toString(),
                    run.locale());
            boolean added = outbox.queueOrHold(new OutgoingMail(FollowupRun.JOB, run.period(), mail.to().email(),
                    renderer.subject(mail, run.day().date(), run.locale()), body, report, null,
                    run.parameters().runKey(), run.execution().getId()), dayEnded);
            queued += added ? 1 : 0;
        }
        if (dayEnded) {
            log.info("Service follow-up {}: {} mails queued", run.period(), queued);
        } else {
            log.info("Service follow-up {}: the day has not ended, {} mails held", run.period(), plan.size());
        }
        return RepeatStatus.FINISHED;
    }

    private List<PlannedMail> plan(FollowupRun run) {
        FollowupBoard board = reader.board(run, run.parameters().projects());
        List<WorkOrderRow> notFollowedUp = reader.notFollowedUp(run.day(), run.parameters().projects());
        List<String> counted = board.projects().stream().filter(ProjectFigures::anyCounted)
                .map(ProjectFigures::projectCode).toList();
        List<StaffAddress> managers = counted.isEmpty() ? List.of() : mapper.projectManagers(counted);
        List<String> ownerNos = FollowupMailPlan.ownerStaffNos(notFollowedUp);
        List<StaffAddress> owners = ownerNos.isEmpty() ? List.of() : mapper.activeStaff(ownerNos);
        return FollowupMailPlan.plan(board, managers, owners, notFollowedUp);
    }
}
