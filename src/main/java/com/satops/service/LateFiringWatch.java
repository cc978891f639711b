package com.satops.service;

import com.satops.service.alert.Alerts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for schedules whose firing is overdue by more than the alert threshold
 * and has not started (a stuck trigger, a scheduler too busy): the admins hear
 * of it while it is late, not only once it finally starts.
 */
public class LateFiringWatch {

    private static final Logger log = LoggerFactory.getLogger(LateFiringWatch.class);

    private final Scheduler scheduler;
    private final Alerts alerts;
    private final Duration lateAfter;
    private final Clock clock;

    public LateFiringWatch(Scheduler scheduler, Alerts alerts, Duration lateAfter, Clock clock) {
        this.scheduler = scheduler;
        this.alerts = alerts;
        this.lateAfter = lateAfter;
        this.clock = clock;
    }

    public void check() {
        try {
            Instant now = clock.instant();
            for (TriggerKey key : scheduler.getTriggerKeys(
                    GroupMatcher.triggerGroupEquals(QuartzScheduleConfiguration.GROUP))) {
                Trigger trigger = scheduler.getTrigger(key);
                if (trigger == null || scheduler.getTriggerState(key) == Trigger.TriggerState.PAUSED) {
                    continue;
                }
                Date next = trigger.getNextFireTime();
                if (next != null && next.toInstant().plus(lateAfter).isBefore(now)) {
                    alerts.late(key.getName(), next.toInstant(), now);
                }
            }
        } catch (SchedulerException | RuntimeException e) {
            log.warn("Could not check the schedules for late firings: {}", e.getMessage());
        }
    }
}
