package com.satops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.FreshStart;
import com.satops.support.MariaDbTestDatabase;
import com.satops.support.Poll;
import com.satops.support.TestHome;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Two scheduler instances share the JDBC job store on MariaDB, this test's and a
 * real `satops serve` in a second JVM: a trigger firing every second fires each
 * slot exactly once across both; after kill -9 of the other instance this one
 * fires the rest; a firing whose time passed while no scheduler ran fires once
 * when a scheduler starts.
 */
// Quartz keeps schedulers in one JVM-wide registry by name: a name of its own, shared with the other
// node only, keeps other test contexts' schedulers out of this cluster.
@SpringBootTest(properties = {"satops.progress-interval=1s",
        "spring.quartz.scheduler-name=" + ClusteredSchedulerMariaDbTest.CLUSTER,
        "spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
        "spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbTestDatabase.class)
class ClusteredSchedulerMariaDbTest extends FreshStart {

    static final String CLUSTER = "satops-cluster-test";
    private static final int FIRINGS = 60;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate db;

    @Test
    void twoInstancesFireEachSlotOnceAndTheSurvivorFiresTheRest() throws Exception {
        // given: the other instance runs in its own JVM
        db.execute("CREATE TABLE probe_firing (trigger_name VARCHAR(100) NOT NULL, due_at BIGINT NOT NULL, "
                + "instance_id VARCHAR(200) NOT NULL)");
        Process other = startServe();
        try {
            awaitOtherInstance();
            String self = scheduler.getSchedulerInstanceId();

            // when: a trigger fires every second, first on the other instance alone, then on both;
            // the other instance, the one firing, is killed
            JobDetail probe = JobBuilder.newJob(FiringProbe.class).withIdentity("probe", "test").storeDurably()
                    .build();
            scheduler.addJob(probe, true);
            scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity("every-second", "test").forJob(probe)
                    .startAt(Date.from(Instant.now().plusSeconds(2)))
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForTotalCount(FIRINGS)).build());
            awaitCount("SELECT COUNT(*) FROM probe_firing WHERE instance_id <> ?", 3, Duration.ofSeconds(40), self);
            long beforeBoth = db.queryForObject("SELECT COUNT(*) FROM probe_firing", Long.class);
            scheduler.start();
            // Which node acquires a slot is Quartz's race, and the node that fired one usually acquires the
            // next as well: neither node is required to fire while both run, only every slot to fire once.
            awaitCount("SELECT COUNT(*) FROM probe_firing WHERE ? <> ''", beforeBoth + 3, Duration.ofSeconds(30),
                    self);
            other.destroyForcibly();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
            long killedAt = System.currentTimeMillis();
            awaitCount("SELECT COUNT(DISTINCT due_at) FROM probe_firing WHERE trigger_name = 'every-second' AND ? <> ''",
                    FIRINGS, Duration.ofSeconds(FIRINGS + 60), self);

            // then
            List<Map<String, Object>> twice = db.queryForList("SELECT due_at FROM probe_firing "
                    + "WHERE trigger_name = 'every-second' GROUP BY due_at HAVING COUNT(*) > 1");
            assertThat(twice).as("slots fired twice").isEmpty();
            assertThat(db.queryForObject("SELECT COUNT(*) FROM probe_firing WHERE trigger_name = 'every-second'",
                    Long.class)).isEqualTo(FIRINGS);
            assertThat(db.queryForObject("SELECT COUNT(*) FROM probe_firing WHERE instance_id = ?", Long.class,
                    self)).isPositive();
            // Slots due after the kill (plus the time to notice it) were fired here.
            assertThat(db.queryForObject("SELECT COUNT(*) FROM probe_firing WHERE instance_id <> ? AND due_at > ?",
                    Long.class, self, killedAt + 1000)).isZero();
        } finally {
            other.destroyForcibly();
        }

        // and when no scheduler runs while a firing is due, it fires once at the next start
        scheduler.standby();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        ZonedDateTime due = ZonedDateTime.now(zone).minusMinutes(2).withSecond(0).withNano(0);
        scheduler.scheduleJob(TriggerBuilder.newTrigger().withIdentity("missed-daily", "test").forJob("probe", "test")
                .startAt(Date.from(due.minusMinutes(1).toInstant()))
                .withSchedule(CronScheduleBuilder.dailyAtHourAndMinute(due.getHour(), due.getMinute())
                        .inTimeZone(TimeZone.getTimeZone(zone)).withMisfireHandlingInstructionFireAndProceed())
                .build());
        scheduler.start();
        awaitCount("SELECT COUNT(*) FROM probe_firing WHERE trigger_name = 'missed-daily' AND ? <> ''", 1,
                Duration.ofSeconds(30), "x");
        Trigger missed = scheduler.getTrigger(org.quartz.TriggerKey.triggerKey("missed-daily", "test"));
        assertThat(missed.getNextFireTime().toInstant()).isAfter(Instant.now().plus(Duration.ofHours(20)));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM probe_firing WHERE trigger_name = 'missed-daily'",
                Long.class)).isEqualTo(1);
        scheduler.standby();
    }

    private Process startServe() throws Exception {
        String url = System.getProperty("satops.test.mysql.url", MariaDbTestDatabase.DEFAULT_URL);
        Path home = TestHome.DIR.resolve("other-node");
        java.nio.file.Files.createDirectories(home);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m",
                "-cp", System.getProperty("java.class.path"), "com.satops.SatopsApplication",
                "serve", "--home", home.toString(), "--server.port=0",
                "--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                "--spring.datasource.username=root", "--spring.datasource.password=",
                "--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=1000",
                "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
                "--spring.quartz.scheduler-name=" + CLUSTER,
                "--satops.security.users[0].name=ops",
                "--satops.security.users[0].password={bcrypt}" + new BCryptPasswordEncoder(4).encode("x"),
                "--satops.security.users[0].roles=OPERATOR"));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve("serve.log").toFile()).start();
    }

    private void awaitOtherInstance() throws Exception {
        Poll.until(Duration.ofMinutes(3), "the other instance checked in",
                () -> db.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE", Long.class) >= 1);
    }

    private void awaitCount(String sql, long count, Duration within, String self) throws Exception {
        Poll.until(within, sql, () -> db.queryForObject(sql, Long.class, self) >= count);
    }
}
