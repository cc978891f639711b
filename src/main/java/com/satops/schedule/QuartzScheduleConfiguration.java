package com.satops.schedule;

import java.util.List;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers one Quartz job and cron trigger per schedule file, identified as
 * (job name, "satops"), in the JDBC job store; `serve` starts the scheduler.
 */
@Configuration(proxyBeanMethods = false)
public class QuartzScheduleConfiguration {

    public static final String GROUP = "satops";

    @Bean
    SchedulerFactoryBeanCustomizer satopsSchedules(ScheduleFiles files) {
        return factory -> {
            List<ScheduleDefinition> schedules = files.load();
            factory.setJobDetails(schedules.stream().map(QuartzScheduleConfiguration::jobDetail)
                    .toArray(JobDetail[]::new));
            factory.setTriggers(schedules.stream().map(QuartzScheduleConfiguration::trigger)
                    .toArray(Trigger[]::new));
            factory.setOverwriteExistingJobs(true);
        };
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
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.timeZone()))
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
