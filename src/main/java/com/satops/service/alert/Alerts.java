package com.satops.service.alert;

import com.satops.common.config.SatopsProperties;
import com.satops.common.mail.MailDelivery;
import com.satops.common.mail.MailOutbox;
import com.satops.common.mail.OutgoingMail;
import com.satops.common.run.RunEndListener;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Tells the admins of a run that failed and of a scheduled firing that did not
 * start within {@code satops.alerts.late-after} of its time: each alert once
 * (recorded in the database, so two nodes or a restart never raise it twice), as
 * a mail through the outbox to every admin and as a markdown message to the
 * configured group robots.
 */
@Component
@EnableConfigurationProperties(AlertProperties.class)
public class Alerts implements RunEndListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Alerts.class);

    private final AlertProperties properties;
    private final AlertMapper mapper;
    private final MailOutbox outbox;
    private final MailDelivery delivery;
    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final Clock clock;
    private final Locale locale;
    private final RobotMessenger robots;

    public Alerts(AlertProperties properties, AlertMapper mapper, MailOutbox outbox, MailDelivery delivery,
                  MessageSource messages, ITemplateEngine templates, Clock clock, SatopsProperties satops) {
        this.properties = properties;
        this.mapper = mapper;
        this.outbox = outbox;
        this.delivery = delivery;
        this.messages = messages;
        this.templates = templates;
        this.clock = clock;
        this.locale = Locale.forLanguageTag(satops.locale());
        this.robots = new RobotMessenger(properties.robotMessagesPerMinute(), clock);
    }

    @Override
    public void runEnded(JobExecution execution, RunSummary summary) {
        if (execution.getStatus() != BatchStatus.FAILED) {
            return;
        }
        String job = summary.job();
        RunParameters parameters = RunParameters.from(job, execution.getJobParameters());
        String title = text("alert.failed.title", job);
        List<String> lines = List.of(
                text("alert.failed.execution", String.valueOf(execution.getId()), String.valueOf(summary.parameters())),
                text("alert.failed.reason", summary.message() == null ? "" : summary.message()));
        raise("failed|" + execution.getId(), job, "e" + execution.getId(), parameters.projects(), title, lines,
                parameters.runKey(), execution.getId());
    }

    /** Called when a scheduled firing starts; alerts when it is later than allowed. */
    public void firingStarted(String job, Instant due, Instant started) {
        if (Duration.between(due, started).compareTo(properties.lateAfter()) > 0) {
            late(job, due, started);
        }
    }

    /** A firing due at {@code due} that had not started by {@code now}. */
    public void late(String job, Instant due, Instant now) {
        ZoneId zone = clock.getZone();
        String title = text("alert.late.title", job);
        List<String> lines = List.of(text("alert.late.due", due.atZone(zone).toLocalDateTime().withNano(0),
                String.valueOf(Duration.between(due, now).toMinutes())));
        raise("late|" + job + "|" + due.getEpochSecond(), job, "f" + due.getEpochSecond() / 60, List.of(), title,
                lines, "alert|" + job, 0L);
    }

    private void raise(String key, String job, String period, List<String> projects, String title,
                       List<String> lines, String runKey, long executionId) {
        if (mapper.raise(key, LocalDateTime.now(clock)) == 0) {
            return;
        }
        log.warn("Alert: {} {}", title, lines);
        String html = html(title, lines);
        for (String admin : properties.admins()) {
            outbox.queue(new OutgoingMail("alert:" + job, period, admin, title, html, null, null, runKey,
                    executionId));
        }
        if (!properties.admins().isEmpty()) {
            delivery.deliverDue();
        }
        String markdown = String.join("\n\n", lines);
        post(RobotKind.WECOM, properties.wecom(), projects, title, markdown);
        post(RobotKind.DINGTALK, properties.dingtalk(), projects, title, markdown);
    }

    private void post(RobotKind kind, List<AlertProperties.Robot> configured, List<String> projects, String title,
                      String markdown) {
        for (AlertProperties.Robot robot : configured) {
            boolean company = robot.project() == null || robot.project().isBlank();
            if (company || projects.contains(robot.project())) {
                robots.post(kind, robot, title, markdown);
            }
        }
    }

    private String html(String title, List<String> lines) {
        Context context = new Context(locale);
        context.setVariable("lang", locale.toLanguageTag());
        context.setVariable("title", title);
        context.setVariable("lines", lines);
        return templates.process("mail/alert", context);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    @Override
    public void destroy() {
        robots.close();
    }
}
