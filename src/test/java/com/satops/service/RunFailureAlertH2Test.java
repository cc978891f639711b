package com.satops.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.service.alert.Alerts;
import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.Poll;
import com.satops.support.TestHome;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A run that fails tells the admins once: one markdown message to each group
 * robot (a local HTTP server stands in for WeCom and DingTalk) and one mail to
 * each admin through the outbox, received by a real SMTP server.
 */
@H2Database
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "satops.alerts.admins=admin@property.example.com"})
class RunFailureAlertH2Test extends FreshStart {

    static final int SMTP_PORT = freePort();
    static final List<Posted> POSTED = new CopyOnWriteArrayList<>();
    static final HttpServer ROBOTS = robots();

    record Posted(String path, String query, String body) {
    }

    @DynamicPropertySource
    static void endpoints(DynamicPropertyRegistry registry) {
        String base = "http://127.0.0.1:" + ROBOTS.getAddress().getPort();
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("satops.alerts.wecom[0].url", () -> base + "/wecom?key=k1");
        registry.add("satops.alerts.dingtalk[0].url", () -> base + "/dingtalk?access_token=t1");
        // A list binds from one property source: the robot's secret sits beside its URL.
        registry.add("satops.alerts.dingtalk[0].secret", () -> "SEC-test-secret");
    }

    @Autowired
    JobRunner runner;

    @Autowired
    Alerts alerts;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JdbcTemplate db;

    @AfterAll
    static void stopRobots() {
        ROBOTS.stop(0);
    }

    @Test
    void aFailedRunPostsOneAlertToEachRobotAndMailsEachAdminOnce() throws Exception {
        // given: a roster whose rows are all bad fails the run over the reject rate
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        POSTED.clear();
        try {
            TestHome.dropCsv("erp", "erp-bad.csv", """
                    项目编码,项目名称,楼栋,单元,房号,片区,交房状态,入住状态
                    XXHY,星河湾,1,1,0101,A区,不知道,常住
                    XXHY,星河湾,1,1,0102,A区,不知道,常住
                    """);

            // when
            RunSummary summary = runner.run(JobCatalog.PRESAMPLING_CLEANUP.parameters(YearMonth.of(2026, 12), null,
                    LocalDate.of(2026, 11, 27), List.of(), "zh-CN", LocalDate.of(2026, 11, 27)));
            // a second hearing of the same failure (another node, a restart of the listener) raises nothing
            alerts.runEnded(jobRepository.getJobExecution(summary.executionId()), summary);

            // then
            assertThat(summary.status()).isEqualTo("FAILED");
            awaitPosts(2);
            assertThat(POSTED).hasSize(2);
            JsonMapper json = JsonMapper.builder().build();
            Posted wecom = POSTED.stream().filter(p -> p.path.equals("/wecom")).findFirst().orElseThrow();
            JsonNode wecomBody = json.readTree(wecom.body);
            assertThat(wecomBody.get("msgtype").asString()).isEqualTo("markdown");
            assertThat(wecomBody.get("markdown").get("content").asString()).contains("presampling-cleanup")
                    .contains(String.valueOf(summary.executionId())).contains("erp-bad.csv");
            Posted dingtalk = POSTED.stream().filter(p -> p.path.equals("/dingtalk")).findFirst().orElseThrow();
            assertThat(json.readTree(dingtalk.body).get("markdown").get("title").asString())
                    .contains("presampling-cleanup");
            assertSigned(dingtalk.query, "SEC-test-secret");

            assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE job = 'alert:presampling-cleanup'",
                    Long.class)).isEqualTo(1);
            assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("admin@property.example.com");
            assertThat(received[0].getSubject()).contains("presampling-cleanup");
        } finally {
            smtp.stop();
        }
    }

    private static void assertSigned(String query, String secret) throws Exception {
        String timestamp = null;
        String sign = null;
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("timestamp")) {
                timestamp = kv[1];
            } else if (kv[0].equals("sign")) {
                sign = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
            }
        }
        assertThat(timestamp).isNotNull();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = java.util.Base64.getEncoder().encodeToString(
                mac.doFinal((timestamp + "\n" + secret).getBytes(StandardCharsets.UTF_8)));
        assertThat(sign).isEqualTo(expected);
    }

    private static void awaitPosts(int count) throws Exception {
        Poll.until(Duration.ofSeconds(30), "robot posts", () -> POSTED.size() >= count);
    }

    private static HttpServer robots() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                POSTED.add(new Posted(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery(),
                        body));
                byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, answer.length);
                exchange.getResponseBody().write(answer);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
