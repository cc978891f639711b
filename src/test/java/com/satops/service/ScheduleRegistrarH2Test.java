package com.satops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.TestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Start-up registers the schedule files without resetting what did not change:
 * a trigger's pending misfire survives a restart; a changed file changes its trigger.
 */
@H2Database
class ScheduleRegistrarH2Test extends FreshStart {

    @Autowired
    Scheduler scheduler;

    @Autowired
    ScheduleFiles files;

    @Autowired
    JdbcTemplate db;

    @Test
    void anUnchangedScheduleKeepsItsPendingMisfireAndAChangedOneIsUpdated() throws Exception {
        // given: registered once, then a firing came due while no scheduler ran
        new ScheduleRegistrar(scheduler, files).register();
        long missed = System.currentTimeMillis() - 3_600_000L;
        assertThat(db.update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = 'patrol-closeout'",
                missed)).isEqualTo(1);
        assertThat(db.queryForObject("SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'patrol-closeout'",
                Long.class)).isEqualTo(missed);

        // when: the service starts again with the same files
        new ScheduleRegistrar(scheduler, files).register();

        // then
        TriggerKey patrol = TriggerKey.triggerKey("patrol-closeout", QuartzScheduleConfiguration.GROUP);
        assertThat(scheduler.getTrigger(patrol).getNextFireTime().getTime()).isEqualTo(missed);

        // when: the schedule file changed
        Path schedules = Files.createDirectories(TestHome.DIR.resolve("schedules"));
        Files.writeString(schedules.resolve("patrol-closeout.properties"), """
                job=patrol-closeout
                cron=0 30 7 ? * MON
                time-zone=Asia/Shanghai
                locale=en
                """);
        try {
            new ScheduleRegistrar(scheduler, files).register();

            // then
            CronTrigger changed = (CronTrigger) scheduler.getTrigger(patrol);
            assertThat(changed.getCronExpression()).isEqualTo("0 30 7 ? * MON");
            assertThat(changed.getNextFireTime().getTime()).isGreaterThan(System.currentTimeMillis());
            assertThat(scheduler.getJobDetail(changed.getJobKey()).getJobDataMap().getString("locale"))
                    .isEqualTo("en");
        } finally {
            Files.delete(schedules.resolve("patrol-closeout.properties"));
        }
    }
}
