package com.satops.satisfaction;

import static com.satops.support.ReceivedMail.findPart;
import static com.satops.support.ReceivedMail.freePort;
import static com.satops.support.ReceivedMail.recipient;
import static com.satops.support.ReceivedMail.to;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.ReceivedMail;
import com.satops.support.SettableClock;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.awt.GraphicsEnvironment;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The summary mails as their readers receive them from a real SMTP server
 * (GreenMail, in-process), and what happens while that server is down.
 */
@H2Database
@TestPropertySource(properties = {
        "spring.mail.host=127.0.0.1",
        "satops.mail.executives=ceo@example.com",
        "satops.mail.retry-backoff=5m"})
@Import(SatisfactionMailH2Test.HandClock.class)
class SatisfactionMailH2Test extends FreshStart {

    static final int SMTP_PORT = freePort();
    static final Duration RETRY_BACKOFF = Duration.ofMinutes(5);
    static final LocalDateTime MORNING = SatisfactionSummaryScenario.AS_OF.atTime(8, 0);
    static final SettableClock CLOCK = new SettableClock(MORNING, ZoneId.systemDefault());

    @TestConfiguration(proxyBeanMethods = false)
    static class HandClock {
        @Bean
        @Primary
        Clock handClock() {
            return CLOCK;
        }
    }

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @BeforeEach
    void theMorning() {
        CLOCK.set(MORNING);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    RunSummary runOctober() {
        return runner.run(JobCatalog.SATISFACTION_SUMMARY.parameters(SatisfactionSummaryScenario.OCTOBER, null,
                SatisfactionSummaryScenario.AS_OF, List.of(), "zh-CN", SatisfactionSummaryScenario.AS_OF));
    }

    @Test
    void executivesAndProjectManagersReceiveTheirSummaryWithChartAndWorkbook() throws Exception {
        // given
        smtp.start();
        SatisfactionCompany.dropAll();

        // when
        RunSummary summary = runOctober();

        // then
        assertThat(GraphicsEnvironment.isHeadless()).as("the chart is drawn without a display").isTrue();
        assertThat(summary.mails()).isEqualTo(3);
        assertThat(summary.mailsWaiting()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(ReceivedMail::recipient).sorted())
                .containsExactly("ceo@example.com", "pm.xxhy@example.com", "pm.yyds@example.com");

        MimeMessage ceo = to(received, "ceo@example.com");
        assertThat(ceo.getSubject()).isEqualTo("满意度月报 2026年10月｜公司 54.55%");
        assertThat(html(ceo)).contains("54.55%", "cid:chart", "保安服务", "20.00%", "satisfaction-summary-2026-10.xlsx");
        Part chart = findPart(ceo, p -> p.getHeader("Content-ID") != null);
        assertThat(chart.getHeader("Content-ID")).containsExactly("<chart>");
        assertThat(chart.isMimeType("image/png")).isTrue();
        assertThat(ImageIO.read(chart.getInputStream()).getWidth()).isEqualTo(TrendChartImage.WIDTH);
        try (XSSFWorkbook book = attachment(ceo, "satisfaction-summary-2026-10.xlsx")) {
            var sheet = book.getSheet("汇总");
            assertThat(SatisfactionSummaryScenario.valueOf(sheet, "responses")).isEqualTo(11);
            assertThat(SatisfactionSummaryScenario.valueOf(sheet, "satisfied")).isEqualTo(6);
            assertThat(SatisfactionSummaryScenario.valueOf(sheet, "satisfactionRate"))
                    .isEqualTo(((Number) summary.figures().get("satisfactionRate")).doubleValue());
            for (String reason : List.of("SECURITY", "CLEANING", "PARKING", "FACILITIES", "GREENING", "REPAIR",
                    "OTHER")) {
                assertThat(SatisfactionSummaryScenario.valueOf(sheet, "reasons." + reason))
                        .isEqualTo(((Number) summary.figures().get("reasons." + reason)).doubleValue());
            }
        }

        MimeMessage manager = to(received, "pm.xxhy@example.com");
        assertThat(manager.getSubject()).isEqualTo("满意度月报 2026年10月｜星河湾（XXHY） 37.50%");
        assertThat(html(manager)).contains("-12.50 个百分点", "上月 50.00%", "3 分户 3 户");
        try (XSSFWorkbook book = attachment(manager, "satisfaction-summary-2026-10-XXHY.xlsx")) {
            assertThat(SatisfactionSummaryScenario.valueOf(book.getSheet("汇总"), "satisfactionRate"))
                    .isEqualTo(0.375);
            assertThat(book.getSheet("3分户").getLastRowNum()).isEqualTo(3);
        }
        assertThat(to(received, "pm.yyds@example.com").getSubject()).endsWith("100.00%");
    }

    @Test
    void whileSmtpIsDownMailsWaitAndGoOutOnceOnTheNextRun() throws Exception {
        // given: the SMTP port is closed
        SatisfactionCompany.dropAll();

        // when
        RunSummary first = runOctober();

        // then
        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(first.mails()).isEqualTo(3);
        assertThat(first.mailsWaiting()).isEqualTo(3);
        assertThat(db.queryForList("SELECT status FROM mail_outbox", String.class)).containsOnly("QUEUED");
        assertThat(db.queryForList("SELECT last_error FROM mail_outbox", String.class))
                .allSatisfy(error -> assertThat(error).isNotBlank());

        // when the server is up and the backoff has passed
        smtp.start();
        CLOCK.advance(RETRY_BACKOFF);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE next_attempt_at > ?", Integer.class,
                CLOCK.localNow())).as("every retry due").isZero();
        RunSummary second = runOctober();
        RunSummary third = runOctober();

        // then each mail arrives exactly once
        assertThat(second.mailsWaiting()).isZero();
        assertThat(third.mailsWaiting()).isZero();
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::recipient).sorted())
                .containsExactly("ceo@example.com", "pm.xxhy@example.com", "pm.yyds@example.com");
        assertThat(db.queryForList("SELECT status FROM mail_outbox", String.class)).hasSize(3).containsOnly("SENT");
        assertThat(db.queryForList("SELECT attempts FROM mail_outbox", Integer.class)).containsOnly(2);
    }

    static String html(MimeMessage message) throws Exception {
        return (String) findPart(message, p -> p.isMimeType("text/html")).getContent();
    }

    static XSSFWorkbook attachment(MimeMessage message, String fileName) throws Exception {
        Part part = findPart(message, p -> fileName.equals(p.getFileName()));
        return new XSSFWorkbook(part.getInputStream());
    }

}
