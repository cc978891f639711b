package com.satops.service;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.stereotype.Service;

/** The schedules (files are the source of truth) with the scheduler's next fire times; pause and resume. */
@Service
public class ScheduleService {

    private final ScheduleFiles files;
    private final Scheduler scheduler;

    public ScheduleService(ScheduleFiles files, Scheduler scheduler) {
        this.files = files;
        this.scheduler = scheduler;
    }

    public List<ScheduleView> list() {
        return files.load().stream().map(this::view).toList();
    }

    public Optional<ScheduleView> of(String job) {
        return list().stream().filter(s -> s.job().equals(job)).findFirst();
    }

    public ScheduleView pause(String job) {
        ScheduleView schedule = existing(job);
        try {
            scheduler.pauseTrigger(key(job));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot pause " + job + ": " + e.getMessage(), e);
        }
        return view(schedule);
    }

    public ScheduleView resume(String job) {
        ScheduleView schedule = existing(job);
        try {
            scheduler.resumeTrigger(key(job));
        } catch (SchedulerException e) {
            throw new IllegalStateException("cannot resume " + job + ": " + e.getMessage(), e);
        }
        return view(schedule);
    }

    private ScheduleView existing(String job) {
        ScheduleView schedule = of(job).orElseThrow(() -> new NotFoundException("no schedule for job '" + job + "'"));
        try {
            if (scheduler.getTrigger(key(job)) == null) {
                throw new ConflictException("the schedule of " + job + " is not registered with the scheduler "
                        + "(it is once `satops serve` has started)");
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return schedule;
    }

    private ScheduleView view(ScheduleView schedule) {
        return view(new ScheduleDefinition(schedule.job(), schedule.cron(), schedule.timeZone(), schedule.locale(),
                schedule.projects(), schedule.source()));
    }

    private ScheduleView view(ScheduleDefinition schedule) {
        ZoneId zone = ZoneId.of(schedule.timeZone());
        Date next;
        boolean paused = false;
        try {
            Trigger trigger = scheduler.getTrigger(key(schedule.job()));
            if (trigger != null) {
                next = trigger.getNextFireTime();
                paused = scheduler.getTriggerState(trigger.getKey()) == Trigger.TriggerState.PAUSED;
            } else {
                next = nextFromCron(schedule);
            }
        } catch (SchedulerException e) {
            next = nextFromCron(schedule);
        }
        ZonedDateTime nextFire = next == null ? null : next.toInstant().atZone(zone);
        return new ScheduleView(schedule.job(), schedule.cron(), schedule.timeZone(), schedule.locale(),
                schedule.projects(), nextFire, paused, schedule.source());
    }

    private static Date nextFromCron(ScheduleDefinition schedule) {
        try {
            CronExpression cron = new CronExpression(schedule.cron());
            cron.setTimeZone(TimeZone.getTimeZone(schedule.timeZone()));
            return cron.getNextValidTimeAfter(new Date());
        } catch (java.text.ParseException e) {
            return null;
        }
    }

    private static TriggerKey key(String job) {
        return TriggerKey.triggerKey(job, QuartzScheduleConfiguration.GROUP);
    }
}
