package com.satops.service;

import static com.satops.service.ServiceUsersForTests.OPERATOR;
import static com.satops.service.ServiceUsersForTests.OPERATOR_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoSpec;
import com.satops.support.FreshStart;
import com.satops.support.Poll;
import com.satops.support.TestHome;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Runs handled over HTTP while they run: a long run stopped and restarted ends
 * with the figures of a run never interrupted; two different jobs started
 * together both complete with the figures each gets alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet",
        "spring.datasource.url=jdbc:h2:mem:satops-run-control;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "satops.importing.chunk-size=200",
        "satops.progress-interval=1s"})
class ServiceRunControlH2Test extends FreshStart {

    static final String PRESAMPLING = "/api/jobs/presampling-cleanup/runs?month=2026-12&asOf=2026-11-27";
    static final String VISITS = "/api/jobs/visit-assignment/runs?month=2026-12&asOf=2026-11-27";

    @DynamicPropertySource
    static void users(DynamicPropertyRegistry registry) {
        ServiceUsersForTests.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void aStoppedRunRestartedEndsWithTheFiguresOfAnUninterruptedOne() throws Exception {
        // given: the figures of a run nobody interrupts
        dropCompany();
        JsonNode uninterrupted = awaitEnd(executionId(trigger(PRESAMPLING)));
        assertThat(uninterrupted.get("status").asString()).isEqualTo("COMPLETED");
        flyway.clean();
        flyway.migrate();
        TestHome.clear();
        dropCompany();

        // when: the same run is stopped while it imports, then restarted
        long id = executionId(trigger(PRESAMPLING));
        awaitRunning(id);
        HttpResponse<String> stop = api().post("/api/runs/" + id + "/stop", OPERATOR, OPERATOR_PASSWORD);
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
        JsonNode stopped = awaitEnd(id);
        assertThat(stopped.get("status").asString()).isEqualTo("STOPPED");
        HttpResponse<String> restart = api().post("/api/runs/" + id + "/restart", OPERATOR, OPERATOR_PASSWORD);
        assertThat(restart.statusCode()).as(restart.body()).isEqualTo(202);
        JsonNode restarted = awaitEnd(executionId(restart));

        // then
        assertThat(restarted.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(restarted.get("figures")).isEqualTo(uninterrupted.get("figures"));
        assertThat(restarted.get("dataIssues")).isEqualTo(uninterrupted.get("dataIssues"));
        assertThat(api().post("/api/runs/" + id + "/stop", OPERATOR, OPERATOR_PASSWORD).statusCode())
                .isEqualTo(409);
    }

    @Test
    void twoDifferentJobsStartedTogetherCompleteWithTheFiguresEachGetsAlone() throws Exception {
        // given: the company imported
        dropCompany();
        assertThat(awaitEnd(executionId(trigger("/api/jobs/import/runs?asOf=2026-11-27"))).get("status")
                .asString()).isEqualTo("COMPLETED");

        // when
        long presampling = executionId(trigger(PRESAMPLING));
        long visits = executionId(trigger(VISITS));
        JsonNode presamplingTogether = awaitEnd(presampling);
        JsonNode visitsTogether = awaitEnd(visits);

        // then
        assertThat(presamplingTogether.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(visitsTogether.get("status").asString()).isEqualTo("COMPLETED");
        JsonNode presamplingAlone = awaitEnd(executionId(trigger(PRESAMPLING)));
        JsonNode visitsAlone = awaitEnd(executionId(trigger(VISITS)));
        assertThat(presamplingTogether.get("figures")).isEqualTo(presamplingAlone.get("figures"));
        assertThat(visitsTogether.get("figures")).isEqualTo(visitsAlone.get("figures"));
        assertThat(presamplingTogether.get("figures").get("households").asLong()).isPositive();
        assertThat(visitsTogether.get("figures").get("assigned").asLong()).isPositive();
    }

    private static void dropCompany() throws Exception {
        new DemoCompanyGenerator().generate(TestHome.DIR.resolve("inbox"), DemoSpec.asOf(20_000, 3, 11,
                LocalDate.of(2026, 11, 20)));
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    private HttpResponse<String> trigger(String path) throws Exception {
        HttpResponse<String> started = api().post(path, OPERATOR, OPERATOR_PASSWORD);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return started;
    }

    private static long executionId(HttpResponse<String> started) {
        return ApiClient.json(started).get("executionId").asLong();
    }

    private void awaitRunning(long id) throws Exception {
        Poll.until(Duration.ofSeconds(60), "run " + id + " started",
                () -> ApiClient.json(api().get("/api/runs/" + id, OPERATOR, OPERATOR_PASSWORD)).get("status")
                        .asString().equals("STARTED"));
    }

    private JsonNode awaitEnd(long id) throws Exception {
        return api().awaitEnd(id, Duration.ofMinutes(4), OPERATOR, OPERATOR_PASSWORD);
    }
}
