package com.satops.service;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the job store in line with the schedule files before the scheduler
 * starts, without resetting what need not change: a trigger whose file is
 * unchanged keeps its next fire time, so a firing missed while no scheduler ran
 * still fires once (misfire "fire once now"); a changed file replaces its
 * trigger; a removed file removes its job. The files stay the source of truth.
 */
public class ScheduleRegistrar {

    private static final Logger log = LoggerFactory.getLogger(ScheduleRegistrar.class);

    private final Scheduler scheduler;
    private final ScheduleFiles files;

    public ScheduleRegistrar(Scheduler scheduler, ScheduleFiles files) {
        this.scheduler = scheduler;
        this.files = files;
    }

    public void register() throws SchedulerException {
        List<ScheduleDefinition> schedules = files.load();
        for (ScheduleDefinition schedule : schedules) {
            TriggerKey key = TriggerKey.triggerKey(schedule.job(), QuartzScheduleConfiguration.GROUP);
            Trigger existing = scheduler.getTrigger(key);
            if (existing != null && schedule.signature().equals(
                    existing.getJobDataMap().getString(QuartzScheduleConfiguration.SIGNATURE))) {
                continue;
            }
            // The job's data (parameters) follows the file; replacing it keeps the trigger untouched.
            scheduler.addJob(QuartzScheduleConfiguration.jobDetail(schedule), true);
            Trigger trigger = QuartzScheduleConfiguration.trigger(schedule);
            if (existing == null) {
                try {
                    scheduler.scheduleJob(trigger);
                    log.info("Scheduled {} ({} {})", schedule.job(), schedule.cron(), schedule.timeZone());
                } catch (ObjectAlreadyExistsException e) {
                    // Another node sharing the job store registered it at the same moment.
                    log.info("Schedule of {} registered by another node", schedule.job());
                }
            } else {
                scheduler.rescheduleJob(key, trigger);
                log.info("Schedule of {} changed: now {} {}", schedule.job(), schedule.cron(), schedule.timeZone());
            }
        }
        Set<String> wanted = schedules.stream().map(ScheduleDefinition::job).collect(Collectors.toSet());
        for (JobKey job : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(QuartzScheduleConfiguration.GROUP))) {
            if (!wanted.contains(job.getName())) {
                scheduler.deleteJob(job);
                log.info("Schedule of {} removed: no schedule file names it", job.getName());
            }
        }
    }
}
