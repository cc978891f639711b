package com.satops.cli;

import com.satops.service.ScheduleDefinition;
import com.satops.service.ScheduleFiles;
import java.text.ParseException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import org.quartz.CronExpression;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "schedules", mixinStandardHelpOptions = true,
        description = "The job schedules (schedules/*.properties) and when each fires next.")
public class SchedulesCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws ParseException {
        try (ConfigurableApplicationContext context = SpringContexts.start(home.resolve(), false)) {
            for (ScheduleDefinition schedule : context.getBean(ScheduleFiles.class).load()) {
                CronExpression cron = new CronExpression(schedule.cron());
                cron.setTimeZone(TimeZone.getTimeZone(schedule.timeZone()));
                ZonedDateTime next = cron.getNextValidTimeAfter(new Date()).toInstant()
                        .atZone(ZoneId.of(schedule.timeZone()));
                spec.commandLine().getOut().printf("%-22s %-18s %-14s next %tF %<tR  (%s)%n", schedule.job(),
                        schedule.cron(), schedule.timeZone(), next, schedule.source());
            }
            spec.commandLine().getOut().flush();
            return SatopsCli.COMPLETED;
        }
    }
}
