package com.satops.service;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * How a schedule file becomes a Quartz job and cron trigger, identified as
 * (job name, "satops") in the JDBC job store. The trigger carries the file's
 * settings in its data, so start-up can tell a changed file from an unchanged
 * one ({@link ScheduleRegistrar}).
 */
public final class QuartzScheduleConfiguration {

    public static final String GROUP = "satops";
    static final String SIGNATURE = "signature";

    private QuartzScheduleConfiguration() {
    }

    static JobDetail jobDetail(ScheduleDefinition schedule) {
        return JobBuilder.newJob(ScheduledJobLauncher.class)
                .withIdentity(schedule.job(), GROUP)
                .withDescription("satops " + schedule.job() + " (" + schedule.source() + ")")
                .usingJobData("job", schedule.job())
                .usingJobData("timeZone", schedule.timeZone())
                .usingJobData("locale", schedule.locale())
                .usingJobData("projects", String.join(",", schedule.projects()))
                .storeDurably()
                .build();
    }

    static Trigger trigger(ScheduleDefinition schedule) {
        return TriggerBuilder.newTrigger()
                .forJob(schedule.job(), GROUP)
                .withIdentity(schedule.job(), GROUP)
                .usingJobData(SIGNATURE, schedule.signature())
                // A firing missed while no scheduler ran fires once when one is back, not once per missed slot.
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
