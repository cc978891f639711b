package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.satops.common.mail.MailDelivery;
import com.satops.common.run.IsoWeek;
import com.satops.demo.DemoCompanyGenerator;
import com.satops.demo.DemoSpec;
import com.satops.service.ServiceUsersForTests;
import com.satops.support.TestHome;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The console as an ops admin uses it, in a real (headless) browser: an operator
 * runs the weekly patrol close-out of the demo company and follows it to the
 * end, checks a figure and the report, pauses and resumes a schedule, resends a
 * mail; a viewer sees the same pages without a single action and is refused a
 * forged one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.main.web-application-type=servlet",
        "spring.datasource.url=jdbc:h2:mem:satops-console;MODE=MySQL;DB_CLOSE_DELAY=-1",
        "satops.mail.quality-department[0]=quality@demo-property.example.com",
        "satops.progress-interval=1s",
        // as `serve` starts it: the schedule files registered with the job store, so they can be paused
        "spring.quartz.auto-startup=true"})
// closed after the class: its running scheduler must not fire into the home other tests use
@DirtiesContext
class ConsoleBrowserTest {

    private static final int SMTP_PORT = freePort();
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    // Quartz registers the schedules when the context starts, so this context keeps its schema (no FreshStart).
    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("satops.home", TestHome.DIR::toString);
        ServiceUsersForTests.register(registry);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate db;

    @Autowired
    Scheduler scheduler;

    @Autowired
    MailDelivery delivery;

    @BeforeAll
    static void browserInstalled() {
        assertThat(ConsoleBrowser.missing()).as("the system's Chromium").isNull();
    }

    @Test
    void anOperatorRunsThePatrolCloseOutAndAViewerOnlyLooks() throws Exception {
        // given: the demo company's files waiting in the inbox
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        TestHome.clear();
        new DemoCompanyGenerator().generate(TestHome.DIR.resolve("inbox"), DemoSpec.asOf(60, 2, 20261120L, today));
        // and a roster without its 工号 column: refused whole, a data issue of the run that meets it
        TestHome.dropCsv("staff", "人员-缺列.csv", "姓名,岗位,项目编码\n王五,管家,XXHY\n");
        String week = IsoWeek.of(today.minusWeeks(1)).toString();

        try (ConsoleBrowser browser = new ConsoleBrowser("http://127.0.0.1:" + port)) {
            // when: a wrong password is refused on the form, then the operator signs in
            browser.open("/login");
            browser.type("#username", ServiceUsersForTests.OPERATOR);
            browser.type("#password", "not-the-password");
            browser.click("#sign-in");
            browser.waitFor(Duration.ofSeconds(15), "p.notice.bad");
            assertThat(browser.text("p.notice.bad")).isEqualTo("用户名或密码不对。");
            browser.logIn(ServiceUsersForTests.OPERATOR, ServiceUsersForTests.OPERATOR_PASSWORD);
            // the overview says files wait
            assertThat(browser.text("#attention")).contains("文件等待导入");
            browser.screenshot("overview-before-run", 1280);

            // a bad week is refused with the CLI's sentence beside the field
            browser.open("/trigger/patrol-closeout");
            assertThat(browser.find("#week").getAttribute("value")).isEqualTo(week);
            assertThat(browser.find("#asOf").getAttribute("value")).isEqualTo(today.toString());
            assertThat(browser.all("#month")).as("patrol-closeout takes no --month").isEmpty();
            browser.type("#week", "2026-W99");
            browser.click("#run");
            assertThat(browser.text("#week-error")).startsWith("--week must be an ISO week as yyyy-Www");
            browser.screenshot("trigger-refused-phone", 390);

            // the run starts and its page follows it to the end
            browser.type("#week", week);
            browser.click("#run");
            browser.waitFor(Duration.ofSeconds(15), "#run-status");
            browser.waitForText(RUN_TIMEOUT, "#run-status", "完成");

            // then: a figure on the page is the database's, the report opens
            long found = Long.parseLong(browser.text("[data-figure='found'] .value"));
            IsoWeek iso = IsoWeek.parse(week);
            assertThat(found).isPositive().isEqualTo(db.queryForObject("SELECT COUNT(*) FROM patrol_issue "
                    + "WHERE patrol_type = 'WEEKLY' AND found_on BETWEEN ? AND ?", Long.class, iso.monday(),
                    iso.sunday()));
            assertThat(browser.all("#steps tbody tr")).isNotEmpty();
            // the stage's completed partitions fold into its row
            assertThat(browser.text("#steps")).contains("import-erp-stage").contains("个分区")
                    .doesNotContain(":partition");
            assertThat(browser.text("#data-issues")).contains("人员-缺列.csv");
            browser.screenshot("run-page", 1280);
            browser.screenshot("run-page-phone", 390);

            String companyReport = "patrol-closeout-" + week + ".xlsx";
            WebElement link = browser.driver().findElement(By.linkText(companyReport));
            try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(download(link.getAttribute("href"),
                    browser.sessionCookie())))) {
                Sheet summary = book.getSheet("汇总");
                Row company = null;
                for (Row row : summary) {
                    if ("全公司".equals(row.getCell(0).getStringCellValue())) {
                        company = row;
                    }
                }
                assertThat(company).as("the company row of the summary").isNotNull();
                assertThat((long) company.getCell(2).getNumericCellValue()).isEqualTo(found);
            }

            // what the service refuses is said on a page with its status
            String runPath = new URI(browser.driver().getCurrentUrl()).getPath();
            assertThat(browser.postFromPage(runPath + "/stop")).as("a completed run is not stopped").isEqualTo(409);
            browser.open("/runs/999999");
            assertThat(browser.text("#problem")).contains("999999");

            browser.open("/runs?job=patrol-closeout&period=" + week);
            assertThat(browser.all("#runs tbody tr")).hasSize(1);
            browser.open("/inbox");
            assertThat(browser.text("#inbox-processed")).contains(today.toString());
            assertThat(browser.text("article.refused")).contains("人员-缺列.csv").contains("工号");
            browser.screenshot("inbox", 1280);
            browser.open("/mails");
            browser.screenshot("mails-phone", 390);
            browser.open("/");
            assertThat(browser.text("#job-patrol-closeout")).contains("完成").contains("本周发现");
            browser.screenshot("overview", 1280);
            browser.screenshot("overview-phone", 390);

            // a schedule paused and resumed
            TriggerKey patrolTrigger = TriggerKey.triggerKey("patrol-closeout", "satops");
            browser.open("/schedules");
            assertThat(browser.text("#schedule-patrol-closeout .cron-words")).isEqualTo("每周一 06:00");
            browser.screenshot("schedules", 1280);
            browser.click("#schedule-patrol-closeout button.pause");
            browser.waitFor(Duration.ofSeconds(10), "#schedule-patrol-closeout button.resume");
            assertThat(scheduler.getTriggerState(patrolTrigger)).isEqualTo(Trigger.TriggerState.PAUSED);
            browser.click("#schedule-patrol-closeout button.resume");
            browser.waitFor(Duration.ofSeconds(10), "#schedule-patrol-closeout button.pause");
            assertThat(scheduler.getTriggerState(patrolTrigger)).isEqualTo(Trigger.TriggerState.NORMAL);

            // a mail sent again reaches the server once more
            awaitMails(1);
            int delivered = smtp.getReceivedMessages().length;
            browser.open("/mails?job=patrol-closeout&period=" + week);
            WebElement first = browser.find("table.mails tbody tr");
            String recipient = first.findElement(By.cssSelector("td")).getText().trim();
            first.findElement(By.cssSelector("button.resend")).click();
            awaitMails(delivered + 1);
            assertThat(smtp.getReceivedMessagesForDomain(recipient)).hasSizeGreaterThanOrEqualTo(2);

            // a mail whose sender died after claiming it (the claim expired, no outcome) is sent again and shown
            long cutOff = db.queryForObject("SELECT MIN(mail_id) FROM mail_outbox WHERE status = 'SENT'", Long.class);
            LocalDateTime claimedAt = LocalDateTime.now().minusMinutes(30);
            db.update("UPDATE mail_outbox SET status = 'QUEUED', sent_at = NULL, attempts = 0, claimed_at = ?, "
                    + "next_attempt_at = ? WHERE mail_id = ?", claimedAt, claimedAt.plusMinutes(2), cutOff);
            int before = smtp.getReceivedMessages().length;
            delivery.deliverDue();
            awaitMails(before + 1);
            browser.open("/mails");
            WebElement retried = browser.find("tr[data-mail-id='" + cutOff + "'] td.retried");
            assertThat(retried.getText().trim()).isEqualTo("1");
            assertThat(retried.getAttribute("class")).contains("possible-duplicate");
            assertThat(browser.find("tr[data-mail-id='" + cutOff + "'] td.num").getText().trim())
                    .as("attempts").isEqualTo("2");
            assertThat(browser.text("#retried-mails")).contains("1 封").contains("Message-ID");
            browser.screenshot("mails-retried", 1280);
            browser.open("/");
            assertThat(browser.text("#attention li.retried-mails")).contains("1 封邮件").contains("两份");

            browser.click("#logout");
            browser.waitFor(Duration.ofSeconds(10), "#sign-in");

            // a viewer sees every page, no action, and a forged action is refused
            browser.logIn(ServiceUsersForTests.VIEWER, ServiceUsersForTests.VIEWER_PASSWORD);
            long runId = db.queryForObject("SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION", Long.class);
            for (String page : new String[] {"/", "/runs", "/runs/" + runId, "/trigger/patrol-closeout", "/schedules",
                    "/mails", "/inbox"}) {
                browser.open(page);
                assertThat(browser.all("main form[method=post] button")).as("action buttons on " + page).isEmpty();
            }
            assertThat(browser.postFromPage("/schedules/patrol-closeout/pause")).isEqualTo(403);
            assertThat(browser.postFromPage("/mails/1/resend")).isEqualTo(403);
            assertThat(scheduler.getTriggerState(patrolTrigger)).isEqualTo(Trigger.TriggerState.NORMAL);

            // the English switch, kept for the pages that follow
            browser.open("/runs/" + runId);
            browser.click("a.lang");
            assertThat(browser.text("#run-status")).isEqualTo("Completed");
            browser.screenshot("run-page-en-viewer", 1280);
            browser.open("/schedules");
            assertThat(browser.text("#schedule-patrol-closeout .cron-words")).isEqualTo("Every Monday at 06:00");
            browser.open("/mails");
            assertThat(browser.text("table.mails thead")).contains("Attempts").contains("Retried");
            assertThat(browser.text("#retried-mails")).startsWith("1 of these mail(s) were sent again");
            browser.click("#logout");
            browser.waitFor(Duration.ofSeconds(10), "#sign-in");
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login?logout");
        }
    }

    private void awaitMails(int count) throws InterruptedException {
        assertThat(smtp.waitForIncomingEmail(30_000, count)).as(count + " mails received").isTrue();
    }

    private static byte[] download(String url, String cookie) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", cookie).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
