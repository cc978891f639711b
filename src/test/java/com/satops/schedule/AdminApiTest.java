package com.satops.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.TestHome;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** `satops serve` as an admin uses it: Basic login, trigger a run over HTTP, read it back; Quartz holds the schedules. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet",
        "spring.datasource.url=jdbc:h2:mem:satops-web;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "spring.security.user.password=test-secret"})
class AdminApiTest {

    // Quartz registers the schedules at start-up, so this context keeps its schema: no FreshStart here.
    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) {
        registry.add("satops.home", TestHome.DIR::toString);
    }


    @LocalServerPort
    int port;

    @Autowired
    Scheduler scheduler;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void requestsWithoutTheAdminLoginAreRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/jobs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anAdminTriggersARunAndReadsItsSummary() throws Exception {
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/api/jobs/import/runs"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(started.statusCode()).isEqualTo(202);

        String runs = "[]";
        for (int i = 0; i < 100 && !runs.contains("COMPLETED"); i++) {
            Thread.sleep(200);
            runs = send(HttpRequest.newBuilder(uri("/api/runs")).GET()).body();
        }
        assertThat(runs).contains("\"job\":\"import\"").contains("\"status\":\"COMPLETED\"");
    }

    @Test
    void unknownJobIsABadRequest() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/api/jobs/nope/runs")).POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void everyScheduleFileIsACronTriggerInTheJdbcJobStore() throws Exception {
        for (String job : new String[] {"presampling-cleanup", "visit-assignment", "patrol-closeout",
                "satisfaction-summary", "service-followup"}) {
            assertThat(scheduler.checkExists(JobKey.jobKey(job, QuartzScheduleConfiguration.GROUP))).isTrue();
            CronTrigger trigger = (CronTrigger) scheduler.getTrigger(
                    TriggerKey.triggerKey(job, QuartzScheduleConfiguration.GROUP));
            assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Shanghai");
        }
        assertThat(((CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("patrol-closeout",
                QuartzScheduleConfiguration.GROUP))).getCronExpression()).isEqualTo("0 0 6 ? * MON");
        assertThat(((CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("service-followup",
                QuartzScheduleConfiguration.GROUP))).getCronExpression()).isEqualTo("0 30 7 * * ?");
        assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        String login = Base64.getEncoder().encodeToString("admin:test-secret".getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + login).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
