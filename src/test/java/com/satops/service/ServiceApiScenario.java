package com.satops.service;

import static com.satops.service.ServiceUsersForTests.OPERATOR;
import static com.satops.service.ServiceUsersForTests.OPERATOR_PASSWORD;
import static com.satops.service.ServiceUsersForTests.VIEWER;
import static com.satops.service.ServiceUsersForTests.VIEWER_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.ProcessIdentity;
import com.satops.common.run.RunLease;
import com.satops.common.run.RunLeaseMapper;
import com.satops.service.security.FailedLogins;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * `satops serve`'s admin API as an ops admin uses it with curl: Basic login, roles,
 * trigger a run and follow it to its summary and steps, download its report, and
 * what is refused (no login, wrong role, bad parameters, a run already under way,
 * a password guessed too often). Run on each database by its subclasses.
 */
abstract class ServiceApiScenario extends FreshStart {

    static final String ROSTER = """
            项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态
            XXHY,星河湾,1,1,0101,A区,甲,13800000001,未交房,空置
            XXHY,星河湾,1,1,0102,A区,乙,13800000002,已交房,空置
            XXHY,星河湾,3,2,1502,A区,张三,13812341234,已交房,常住
            XXHY,星河湾,1,1,0105,B区,戊,13800000005,已交房,出租
            """;
    static final String PRESAMPLING = "/api/jobs/presampling-cleanup/runs?month=2026-12&asOf=2026-11-27";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        ServiceUsersForTests.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    RunLeaseMapper leases;

    @Autowired
    FailedLogins failedLogins;

    @Autowired
    org.quartz.Scheduler scheduler;

    @Autowired
    ScheduleFiles scheduleFiles;

    @Autowired
    JdbcTemplate db;

    @BeforeEach
    void noLockouts() {
        failedLogins.clear();
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsJsonAndKeepsNoSession() throws Exception {
        HttpResponse<String> response = api().get("/api/jobs", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(ApiClient.json(response).get("error").asString()).contains("authentication required");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(api().get("/api/jobs", OPERATOR, OPERATOR_PASSWORD).headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void aViewerReadsButMayNotTrigger() throws Exception {
        HttpResponse<String> trigger = api().post(PRESAMPLING, VIEWER, VIEWER_PASSWORD);

        assertThat(trigger.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(trigger).get("error").asString()).contains("OPERATOR");
        assertThat(api().get("/api/runs", VIEWER, VIEWER_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(api().get("/api/jobs", VIEWER, VIEWER_PASSWORD).body()).contains("presampling-cleanup");
    }

    @Test
    void aTriggeredRunIsFollowedToItsSummaryStepsAndReport() throws Exception {
        // given
        TestHome.dropCsv("erp", "erp-1127.csv", ROSTER);

        // when
        HttpResponse<String> started = api().post(PRESAMPLING + "&locale=zh-CN", OPERATOR, OPERATOR_PASSWORD);

        // then
        assertThat(started.statusCode()).isEqualTo(202);
        long id = ApiClient.json(started).get("executionId").asLong();
        assertThat(started.headers().firstValue("Location")).hasValue("/api/runs/" + id);
        assertThat(ApiClient.json(started).get("parameters").get("month").asString()).isEqualTo("2026-12");
        JsonNode run = awaitEnd(id);
        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("figures").get("households").asLong()).isEqualTo(4);
        assertThat(run.get("figures").get("eligible").asLong()).isEqualTo(2);
        assertThat(run.get("figures").get("excluded.NOT_DELIVERED").asLong()).isEqualTo(1);
        assertThat(run.get("durationSeconds").isNumber()).isTrue();
        List<String> steps = new ArrayList<>();
        run.get("steps").forEach(step -> {
            steps.add(step.get("name").asString());
            assertThat(step.get("status").asString()).isEqualTo("COMPLETED");
        });
        assertThat(steps).isNotEmpty();
        assertThat(run.get("issues").isArray()).isTrue();

        HttpResponse<byte[]> report = api().download("/api/runs/" + id
                + "/reports/presampling-cleanup-2026-12.xlsx", VIEWER, VIEWER_PASSWORD);
        assertThat(report.statusCode()).isEqualTo(200);
        try (Workbook workbook = WorkbookFactory.create(new java.io.ByteArrayInputStream(report.body()))) {
            assertThat(workbook.getNumberOfSheets()).isPositive();
        }
        assertThat(api().get("/api/runs/" + id + "/reports/..%2F..%2Fdata%2Fsatops.mv.db", VIEWER,
                VIEWER_PASSWORD).statusCode()).isIn(400, 404);
        assertThat(api().get("/api/runs?job=presampling-cleanup&status=COMPLETED&limit=5", VIEWER,
                VIEWER_PASSWORD).body()).contains("\"executionId\":" + id);
        assertThat(api().get("/api/runs?job=patrol-closeout", VIEWER, VIEWER_PASSWORD).body())
                .doesNotContain("\"executionId\":" + id);
        // Spring Batch's own observations of the run reach the metrics endpoint.
        assertThat(api().get("/actuator/prometheus", VIEWER, VIEWER_PASSWORD).body())
                .contains("spring_batch_job").contains("spring_batch_step");
    }

    @Test
    void badParametersAre400WithTheCliMessage() throws Exception {
        HttpResponse<String> week = api().post("/api/jobs/presampling-cleanup/runs?week=2026-W47", OPERATOR,
                OPERATOR_PASSWORD);
        assertThat(week.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(week).get("error").asString())
                .isEqualTo("presampling-cleanup does not take --week; it takes --month, --as-of, --project, --locale");
        HttpResponse<String> locale = api().post(PRESAMPLING + "&locale=fr", OPERATOR, OPERATOR_PASSWORD);
        assertThat(locale.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(locale).get("error").asString()).contains("zh-CN or en");
        assertThat(api().get("/api/runs?limit=-1", VIEWER, VIEWER_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(api().get("/api/runs?limit=501", VIEWER, VIEWER_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(api().get("/api/runs?limit=x", VIEWER, VIEWER_PASSWORD).statusCode()).isEqualTo(400);
        assertThat(api().post("/api/jobs/no-such-job/runs", OPERATOR, OPERATOR_PASSWORD).statusCode())
                .isEqualTo(404);
        assertThat(api().post("/api/mails/424242/resend", OPERATOR, OPERATOR_PASSWORD).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aRunAlreadyUnderWayInAnotherLiveProcessIs409() throws Exception {
        // given: another live process on this host holds the run (our own pid is certainly alive)
        ProcessIdentity self = ProcessIdentity.current();
        LocalDateTime now = LocalDateTime.now();
        leases.insert(new RunLease("presampling-cleanup|month=2026-12|asOf=2026-11-27|projects=|locale=zh-CN",
                "presampling-cleanup", 77L, self.host(), self.pid(), "another-process", now, now));

        // when
        HttpResponse<String> second = api().post(PRESAMPLING, OPERATOR, OPERATOR_PASSWORD);

        // then
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(ApiClient.json(second).get("error").asString()).contains("already running since")
                .contains("execution 77");
        assertThat(api().get("/api/runs", VIEWER, VIEWER_PASSWORD).body()).isEqualTo("[]");
    }

    @Test
    void anOperatorPausesAndResumesASchedule() throws Exception {
        // given: the schedules registered as `serve` registers them at start-up
        new ScheduleRegistrar(scheduler, scheduleFiles).register();

        // when
        HttpResponse<String> paused = api().post("/api/schedules/patrol-closeout/pause", OPERATOR,
                OPERATOR_PASSWORD);

        // then
        assertThat(paused.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(paused).get("paused").asBoolean()).isTrue();
        JsonNode jobs = ApiClient.json(api().get("/api/jobs", VIEWER, VIEWER_PASSWORD));
        jobs.forEach(job -> {
            if (job.get("job").asString().equals("patrol-closeout")) {
                assertThat(job.get("schedule").get("cron").asString()).isEqualTo("0 0 6 ? * MON");
                assertThat(job.get("schedule").get("paused").asBoolean()).isTrue();
                assertThat(job.get("schedule").get("nextFireTime").isNull()).isFalse();
            }
        });
        assertThat(api().post("/api/schedules/patrol-closeout/resume", VIEWER, VIEWER_PASSWORD).statusCode())
                .isEqualTo(403);
        HttpResponse<String> resumed = api().post("/api/schedules/patrol-closeout/resume", OPERATOR,
                OPERATOR_PASSWORD);
        assertThat(ApiClient.json(resumed).get("paused").asBoolean()).isFalse();
        assertThat(api().post("/api/schedules/no-such-job/pause", OPERATOR, OPERATOR_PASSWORD).statusCode())
                .isEqualTo(404);
    }

    @Test
    void repeatedWrongPasswordsLockTheUserOut() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(api().get("/api/jobs", VIEWER, "guess-" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = api().get("/api/jobs", VIEWER, VIEWER_PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(ApiClient.json(locked).get("error").asString()).contains("too many failed logins");
        // The address is locked out as well: guessing another user's password from it is no way round.
        assertThat(api().get("/api/jobs", OPERATOR, OPERATOR_PASSWORD).statusCode()).isEqualTo(429);
    }

    @Test
    void theOutboxListCarriesEachMailsAttemptsAndRetries() throws Exception {
        // given: a mail delivered at once, and one sent again after its sender died with the server holding it
        String insert = "INSERT INTO mail_outbox (mail_key, job, period, recipient, subject, html_body, status, "
                + "attempts, retried, sent_at, run_key, execution_id) VALUES (?, 'patrol-closeout', '2026-W47', ?, "
                + "'巡区销项', '<p>x</p>', 'SENT', ?, ?, CURRENT_TIMESTAMP, 'patrol-closeout|2026-W47', 1)";
        db.update(insert, "once", "once@demo-property.example.com", 1, 0);
        db.update(insert, "twice", "twice@demo-property.example.com", 2, 1);

        // when
        HttpResponse<String> response = api().get("/api/mails?status=SENT&job=patrol-closeout", VIEWER,
                VIEWER_PASSWORD);

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode mails = ApiClient.json(response);
        assertThat(mails.size()).isEqualTo(2);
        for (JsonNode mail : mails) {
            boolean retried = mail.get("recipient").asString().startsWith("twice");
            assertThat(mail.get("attempts").asInt()).isEqualTo(retried ? 2 : 1);
            assertThat(mail.get("retried").asInt()).isEqualTo(retried ? 1 : 0);
        }
    }

    @Test
    void healthIsOpenToAnyoneWithTheStatusOnlyAndMetricsNeedAViewer() throws Exception {
        HttpResponse<String> health = api().get("/actuator/health", null, null);
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(health).get("status").asString()).isEqualTo("UP");
        assertThat(ApiClient.json(health).has("components")).isFalse();

        assertThat(api().get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> metrics = api().get("/actuator/prometheus", VIEWER, VIEWER_PASSWORD);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("satops_mails").contains("satops_inbox_waiting");
    }

    JsonNode awaitEnd(long id) throws Exception {
        return api().awaitEnd(id, Duration.ofSeconds(90), VIEWER, VIEWER_PASSWORD);
    }
}
