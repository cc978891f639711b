package com.satops.followup;

import static com.satops.support.ReceivedMail.attachmentName;
import static com.satops.support.ReceivedMail.freePort;
import static com.satops.support.ReceivedMail.htmlOf;
import static com.satops.support.ReceivedMail.recipient;
import static com.satops.support.ReceivedMail.to;
import static com.satops.support.WorkbookCells.column;
import static com.satops.support.WorkbookCells.sheetNames;
import static com.satops.support.WorkbookCells.text;
import static com.satops.support.WorkbookCells.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunRequest;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.ReceivedMail;
import com.satops.support.SettableClock;
import com.satops.support.TestHome;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * service-followup as a project manager and a steward see it: the nine figures
 * on a crafted day with every boundary of FORMATS §5, the workbooks read back
 * with POI, the mails received over SMTP, held while the day has not ended.
 * Run on each database by its subclasses.
 */
@Import(FollowupScenario.FixedClock.class)
abstract class FollowupScenario extends FreshStart {

    static final int SMTP_PORT = freePort();
    static final LocalDate DAY = LocalDate.of(2026, 11, 10);
    /** The schedule's next morning: the checked day has ended. */
    static final LocalDateTime NEXT_MORNING = LocalDateTime.of(2026, 11, 11, 7, 30);
    static final SettableClock CLOCK = new SettableClock(NEXT_MORNING, SettableClock.SHANGHAI);

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return CLOCK;
        }
    }

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @BeforeEach
    void theNextMorning() {
        CLOCK.set(NEXT_MORNING);
    }

    RunSummary run(LocalDate date, String locale, String... projects) {
        return runner.run(JobCatalog.SERVICE_FOLLOWUP.parameters(
                new RunRequest(null, null, date.toString(), null, List.of(projects), locale), LocalDate.now(CLOCK)));
    }

    static final String HEADER = "工单编号,项目编码,房号,工单类型,创建时间,响应时间,派单时间,首次反馈时间,完成时间,"
            + "回访时间,回访评价,跟进时间,责任人,状态\n";

    /**
     * Two projects, their staff, and the orders around 2026-11-10: one row per boundary of
     * the rules, date-times in each accepted form, and an update file changing A2's status.
     */
    static void dropCompany() {
        dropRosters();
        TestHome.dropCsv("workorders", "workorders-1.csv", HEADER + WORKORDERS);
        TestHome.dropCsv("workorders", "workorders-2.csv", HEADER + """
                A2,XXHY,3栋2单元1503,投诉,2026/11/10 10:00,2026/11/10 10:15:01,2026/11/10 10:20,,,,,,S1,处理中
                """);
    }

    static void dropRosters() {
        TestHome.dropCsv("erp", "erp.csv", """
                项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态
                XXHY,星河湾,3,2,1502,A区,张三,13812341234,已交房,常住
                XXHY,星河湾,3,2,1503,A区,王五,13812341236,已交房,常住
                YYJD,云锦台,1,1,0101,A区,李四,13812341235,已交房,常住
                """);
        TestHome.dropCsv("staff", "staff.csv", """
                工号,姓名,岗位,项目编码,片区,邮箱,在职
                S1,赵管家,管家,XXHY,A区,s1@example.com,是
                S2,钱管家,管家,XXHY,A区,,是
                PM1,钱经理,项目经理,XXHY,,pm.xxhy@example.com,是
                PM2,孙经理,项目经理,XXHY,,pm.left@example.com,否
                PM4,周经理,项目经理,YYJD,,pm.yyjd@example.com,是
                """);
    }

    static final String WORKORDERS = """
                A1,XXHY,3-2-1502,报修,2026-11-10 09:00,2026-11-10 09:15:00,2026-11-10 09:30,2026-11-10 10:00,,,,,S1,处理中
                A2,XXHY,3栋2单元1503,投诉,2026/11/10 10:00,2026/11/10 10:15:01,2026/11/10 10:20,,,,,,S1,待处理
                A3,XXHY,,报修,2026年11月10日 11:00,,,,,,,,,待处理
                A4,XXHY,3-2-1502,咨询,2026-11-10 12:00,,,,,,,,S1,待处理
                A5,XXHY,3-2-1502,咨询,2026-11-01 08:00,,,,,,,,S1,待处理
                B1,XXHY,3-2-1502,报修,2026-11-08 09:00,2026-11-08 09:05,2026-11-08 09:10,2026-11-08 09:20,2026-11-09 10:00:00,2026-11-10 10:00:00,满意,,S1,已完成
                B2,XXHY,3-2-1502,报修,2026-11-08 09:00,2026-11-08 09:05,2026-11-08 09:10,2026-11-08 09:20,2026-11-09 15:00:00,2026-11-10 15:00:01,4,,S1,已关闭
                B3,XXHY,3-2-1502,报修,2026-11-07 08:00,2026-11-07 08:05,2026-11-07 08:10,2026-11-07 08:20,2026-11-08 09:00,,,,S1,已完成
                C1,XXHY,3-2-1502,投诉,2026-11-08 08:00,2026-11-08 08:05,2026-11-08 08:10,2026-11-08 08:20,2026-11-08 18:00,2026-11-09 09:00:00,2,2026-11-10 09:00:00,S1,已关闭
                C2,XXHY,3-2-1503,报修,2026-11-08 10:00,2026-11-08 10:05,2026-11-08 10:10,2026-11-08 10:20,2026-11-08 20:00,2026-11-09 11:00,不满意,,PM1,已完成
                C3,XXHY,3-2-1503,报修,2026-11-08 10:00,2026-11-08 10:05,2026-11-08 10:10,2026-11-08 10:20,2026-11-08 21:00,2026-11-09 12:00:00,1,2026-11-10 12:00:01,S1,已完成
                C4,XXHY,3-2-1503,投诉,2026-11-08 09:00,2026-11-08 09:05,2026-11-08 09:10,2026-11-08 09:20,2026-11-09 08:00,2026-11-09 16:00,DISSATISFIED,,S1,已完成
                D1,XXHY,,报修,2026-11-08 23:59:59,,,,,,,,S2,处理中
                D2,XXHY,,投诉,2026-11-09 00:00:00,,,,,,,,S2,待处理
                D3,XXHY,3-2-1502,报修,2026-11-05 08:00,2026-11-05 08:05,2026-11-05 08:10,2026-11-05 08:20,2026-11-11 08:00,,,,S1,已完成
                D4,XXHY,3-2-1502,报修,2026-11-01 08:00,2026-11-01 08:05,2026-11-01 08:10,2026-11-01 08:20,2026-11-10 20:00,,,,S1,已关闭
                Y1,YYJD,1-1-0101,报修,2026-11-10 08:00,,,,,,,,PM4,已完成
                Y2,YYJD,1-1-0101,报修,2026-11-10 08:00,2026-11-10 08:05,2026-11-10 08:40,2026-11-10 08:50,,,,,PM4,处理中
                Y3,YYJD,1-1-0101,建议,2026-11-10 09:00,2026-11-10,,,,,,,PM4,待处理
                Y4,YYJD,1-1-0101,咨询,2026-11-05 08:00,,,,2026-11-05 09:00,,满意,,PM4,已关闭
                Y5,YYJD,1-1-0101,咨询,2026-11-10 10:00,2026-11-10 09:00,,,,,,,PM4,待处理
                """;

    static Map<String, Long> figures(long... values) {
        String[] names = {"created", "respondedIn15", "dispatchedIn30", "feedbackIn60", "returnVisitDue",
                "returnVisitIn24h", "dissatisfied", "followedUpIn24h", "overdue"};
        Map<String, Long> figures = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            figures.put(names[i], values[i]);
        }
        return figures;
    }

    @Test
    void nineFiguresOnEveryBoundary() throws Exception {
        // given
        dropCompany();

        // when
        RunSummary summary = run(DAY, "zh-CN");

        // then: A1 on time to the second, A2 responded 15:01 and never gave feedback, A3 never
        // responded; INQUIRY and SUGGESTION count nowhere; B3 completed two days before is not due;
        // C1 rated 2 and followed up at 24 h 00 min is on time; D1 open 48 h 00 min 01 s is overdue, D2 at 48 h not
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsExactlyEntriesOf(figures(4, 2, 2, 2, 3, 2, 4, 1, 2));
        assertThat(summary.reports()).containsExactly(
                "reports/2026-11-10/service-followup-2026-11-10-XXHY.xlsx",
                "reports/2026-11-10/service-followup-2026-11-10-YYJD.xlsx",
                "reports/2026-11-10/service-followup-2026-11-10.xlsx");

        // a finished order without 完成时间 is a bad row; bad values are taken as empty
        List<Map<String, Object>> issues = db.queryForList("SELECT file_name, row_no, column_name, cell_value, "
                + "reason, row_skipped FROM data_issue ORDER BY row_no, column_name");
        assertThat(issues).extracting(i -> i.get("ROW_NO") + " " + i.get("COLUMN_NAME") + " " + i.get("ROW_SKIPPED"))
                .containsExactly("18 完成时间 true", "20 响应时间 false", "21 回访评价 false", "22 响应时间 false");
        assertThat((String) issues.get(1).get("REASON")).startsWith("只有日期，没有时刻：2026-11-10");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM work_order WHERE order_no = 'Y1'", Integer.class)).isZero();
        assertThat(db.queryForObject("SELECT responded_at FROM work_order WHERE order_no = 'Y5'", Object.class))
                .isNull();
        assertThat(db.queryForObject("SELECT room_key FROM work_order WHERE order_no = 'A2'", String.class))
                .isEqualTo("3-2-1503");
        assertThat(db.queryForObject("SELECT household_id FROM work_order WHERE order_no = 'A3'", Object.class))
                .as("a public-area order has no household").isNull();

        // the update row changed A2's status and the change is kept
        assertThat(db.queryForList("SELECT CONCAT(from_status, '>', to_status, ' ', file_name) FROM "
                + "work_order_status_change", String.class)).containsExactly("OPEN>IN_PROGRESS workorders-2.csv");
        assertThat(db.queryForObject("SELECT imported_at FROM work_order_status_change", LocalDateTime.class))
                .isEqualTo(NEXT_MORNING);
        assertThat(db.queryForObject("SELECT status FROM work_order WHERE order_no = 'A2'", String.class))
                .isEqualTo("IN_PROGRESS");

        try (Workbook book = workbook(DAY, null)) {
            assertThat(sheetNames(book)).containsExactly("汇总", "未按时承诺", "超期未完成", "不满意未跟进", "数据问题");
            Sheet summarySheet = book.getSheet("汇总");
            assertThat(texts(summarySheet.getRow(0))).containsExactly("项目编码", "项目名称", "当日创建",
                    "15分钟内响应", "30分钟内派单", "60分钟内首次反馈", "应回访", "24小时内回访", "回访不满意",
                    "24小时内跟进", "超期未完成");
            assertThat(texts(summarySheet.getRow(1))).containsExactly("XXHY", "星河湾", "3", "1", "2", "1", "3", "2",
                    "4", "1", "2");
            assertThat(texts(summarySheet.getRow(2))).containsExactly("YYJD", "云锦台", "1", "1", "0", "1", "0", "0",
                    "0", "0", "0");
            assertThat(texts(summarySheet.getRow(3)).subList(0, 3)).containsExactly("全公司", "", "4");
            // the rules line explains beside the figures: it runs across the columns, not widening the codes' one
            assertThat(column(summarySheet, 0)).contains("只统计报修和投诉工单；时长自创建时间起按秒计算，恰好到时限仍算按时。");
            assertThat(summarySheet.getColumnWidth(0) / 256).isLessThan(30);

            Sheet missed = book.getSheet("未按时承诺");
            assertThat(texts(missed.getRow(0))).containsExactly("项目编码", "工单编号", "工单类型", "房号", "责任人",
                    "责任人工号", "承诺", "创建时间", "记录时间", "超时");
            assertThat(column(missed, 1)).containsExactly("A2", "A2", "A3", "A3", "A3", "Y2");
            assertThat(column(missed, 6)).containsExactly("15分钟内响应", "60分钟内首次反馈", "15分钟内响应",
                    "30分钟内派单", "60分钟内首次反馈", "30分钟内派单");
            assertThat(column(missed, 9)).containsExactly("0:00:01", "未记录", "未记录", "未记录", "未记录", "0:10:00");
            assertThat(texts(missed.getRow(1))).containsExactly("XXHY", "A2", "投诉", "3-2-1503", "赵管家", "S1",
                    "15分钟内响应", "2026-11-10 10:00:00", "2026-11-10 10:15:01", "0:00:01");
            assertThat(texts(missed.getRow(3)).subList(3, 6)).containsExactly("公共区域", "", "");

            Sheet overdue = book.getSheet("超期未完成");
            assertThat(column(overdue, 1)).as("oldest first").containsExactly("D3", "D1");
            assertThat(texts(overdue.getRow(2))).containsExactly("XXHY", "D1", "报修", "公共区域", "钱管家", "S2",
                    "处理中", "2026-11-08 23:59:59", "48", "48");
            assertThat(texts(overdue.getRow(1)).subList(6, 10)).containsExactly("已完成", "2026-11-05 08:00:00", "48",
                    "136");

            Sheet notFollowedUp = book.getSheet("不满意未跟进");
            assertThat(column(notFollowedUp, 1)).containsExactly("C2", "C4");
            assertThat(texts(notFollowedUp.getRow(1)).subList(4, 10)).containsExactly("钱经理", "PM1",
                    "2026-11-08 20:00:00", "2026-11-09 11:00:00", "不满意", "2026-11-10 11:00:00");

            Sheet dataIssues = book.getSheet("数据问题");
            assertThat(column(dataIssues, 3)).containsExactlyInAnyOrder("完成时间", "响应时间", "回访评价", "响应时间");
        }
        try (Workbook book = workbook(DAY, "YYJD")) {
            assertThat(sheetNames(book)).containsExactly("汇总", "未按时承诺", "超期未完成", "不满意未跟进");
            assertThat(column(book.getSheet("未按时承诺"), 1)).containsExactly("Y2");
            assertThat(book.getSheet("汇总").getRow(2)).as("a project workbook has no company row").isNull();
        }
    }

    @Test
    void managersAndOwnersGetOneMailEachOnce() throws Exception {
        // given
        dropCompany();

        // when
        RunSummary first = run(DAY, "zh-CN");

        // then: PM1 gets XXHY's report and C2, which they own, in one mail; S1 their C4; PM4 YYJD's report.
        // The inactive PM2 and S2 without an email get nothing.
        assertThat(first.mails()).isEqualTo(3);
        assertThat(first.mailsHeld()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(ReceivedMail::recipient))
                .containsExactlyInAnyOrder("pm.xxhy@example.com", "s1@example.com", "pm.yyjd@example.com");

        MimeMessage toPm1 = to(received, "pm.xxhy@example.com");
        assertThat(toPm1.getSubject()).isEqualTo("服务跟进日报 2026-11-10 XXHY 星河湾");
        assertThat(attachmentName(toPm1)).isEqualTo("service-followup-2026-11-10-XXHY.xlsx");
        assertThat(htmlOf(toPm1)).contains("钱经理，您好").contains("C2").doesNotContain("C4")
                .contains("2026-11-10 11:00:00");

        MimeMessage toS1 = to(received, "s1@example.com");
        assertThat(toS1.getSubject()).isEqualTo("待跟进的不满意工单 2026-11-10");
        assertThat(attachmentName(toS1)).isNull();
        assertThat(htmlOf(toS1)).contains("赵管家").contains("C4").doesNotContain("C2");

        MimeMessage toPm4 = to(received, "pm.yyjd@example.com");
        assertThat(attachmentName(toPm4)).isEqualTo("service-followup-2026-11-10-YYJD.xlsx");

        // when: the same day again
        RunSummary again = run(DAY, "zh-CN");

        // then: the same figures and files, nothing queued or sent twice
        assertThat(again.executionId()).isNotEqualTo(first.executionId());
        assertThat(again.figures()).isEqualTo(first.figures());
        assertThat(again.reports()).isEqualTo(first.reports());
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE execution_id = ?", Integer.class,
                again.executionId())).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aDayNotEndedHoldsItsMails() throws Exception {
        // given: the day checked at noon, before it ends
        dropCompany();
        CLOCK.set(DAY.atTime(12, 0));

        // when
        RunSummary during = run(DAY, "en");

        // then: reports written, figures as of now, no mail queued
        assertThat(during.status()).isEqualTo("COMPLETED");
        assertThat(during.mails()).isZero();
        assertThat(during.mailsHeld()).isEqualTo(3);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'HELD'", Integer.class))
                .isZero();
        try (Workbook book = workbook(DAY, null, ".en")) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Missed promises", "Overdue orders",
                    "Not followed up", "Data issues");
            assertThat(column(book.getSheet("Summary"), 0)).contains("The day has not ended: figures as of this run,"
                    + " mails held.");
            assertThat(column(book.getSheet("Missed promises"), 9)).contains("0:00:01", "not recorded");
        }

        // when: the real run the next morning
        CLOCK.set(NEXT_MORNING);
        RunSummary after = run(DAY, "en");

        // then: everyone is mailed, in English
        assertThat(after.mails()).isEqualTo(3);
        assertThat(after.mailsHeld()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(to(smtp.getReceivedMessages(), "s1@example.com").getSubject())
                .isEqualTo("Dissatisfied orders to follow up 2026-11-10");
    }

    @Test
    void aFinishedDaysKeptFiguresGoWithTheNextDaysRun() {
        // given: the 10th checked and completed
        dropCompany();
        RunSummary tenth = run(DAY, "zh-CN");
        assertThat(keptInstances()).hasSize(1);

        // when: the next morning's run checks the 11th
        CLOCK.set(NEXT_MORNING.plusDays(1));
        RunSummary eleventh = run(DAY.plusDays(1), "zh-CN");

        // then: only the running instance keeps its per-project figures; the 10th's went with it
        assertThat(tenth.status()).isEqualTo("COMPLETED");
        assertThat(eleventh.status()).isEqualTo("COMPLETED");
        assertThat(keptInstances()).containsExactly(db.queryForObject(
                "SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?", Long.class,
                eleventh.executionId()));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM followup_day_project", Long.class)).isEqualTo(2);
    }

    private List<Long> keptInstances() {
        return db.queryForList("SELECT DISTINCT job_instance_id FROM followup_day_project", Long.class);
    }

    @Test
    void aProjectRunCoversOnlyItsOrders() {
        dropCompany();

        RunSummary yyjd = run(DAY, "zh-CN", "YYJD");

        assertThat(yyjd.figures()).containsExactlyEntriesOf(figures(1, 1, 0, 1, 0, 0, 0, 0, 0));
        assertThat(yyjd.mails()).isEqualTo(1);
        assertThat(recipient(smtp.getReceivedMessages()[0])).isEqualTo("pm.yyjd@example.com");
    }

    @Test
    void excelCellsKeepTheirTimeAndADateAloneIsABadValue() throws Exception {
        // given: the CRM's own xlsx export, a notes sheet first; 创建时间 at 00:00 in a date-time format,
        // 派单时间 in a date-only format, 首次反馈时间 as text
        dropRosters();
        Path file = TestHome.inbox("workorders").resolve("crm-export.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            CellStyle dateTime = book.createCellStyle();
            dateTime.setDataFormat(book.createDataFormat().getFormat("yyyy/m/d h:mm"));
            CellStyle dateOnly = book.createCellStyle();
            dateOnly.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("CRM 工单导出");
            Sheet sheet = book.createSheet("工单");
            String[] header = HEADER.strip().split(",");
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("X1");
            row.createCell(1).setCellValue("XXHY");
            row.createCell(3).setCellValue("报修");
            Cell created = row.createCell(4);
            created.setCellValue(DAY.atStartOfDay());
            created.setCellStyle(dateTime);
            Cell responded = row.createCell(5);
            responded.setCellValue(DAY.atTime(0, 15));
            responded.setCellStyle(dateTime);
            Cell dispatched = row.createCell(6);
            dispatched.setCellValue(DAY);
            dispatched.setCellStyle(dateOnly);
            row.createCell(7).setCellValue("2026年11月10日 00:45");
            row.createCell(13).setCellValue("处理中");
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }

        // when
        RunSummary summary = run(DAY, "zh-CN", "XXHY");

        // then
        assertThat(summary.figures()).containsExactlyEntriesOf(figures(1, 1, 0, 1, 0, 0, 0, 0, 0));
        assertThat(db.queryForObject("SELECT created_at FROM work_order WHERE order_no = 'X1'", LocalDateTime.class))
                .isEqualTo(DAY.atStartOfDay());
        assertThat(db.queryForList("SELECT CONCAT(sheet, ' ', row_no, ' ', column_name, ' ', reason_key, ' ', reason)"
                + " FROM data_issue", String.class))
                .containsExactly("工单 2 派单时间 inbox.value.dateWithoutTime 只有日期，没有时刻：2026-11-10；按空值处理");
    }

    static Workbook workbook(LocalDate date, String project) throws IOException {
        return workbook(date, project, "");
    }

    static Workbook workbook(LocalDate date, String project, String localeSuffix) throws IOException {
        String name = "service-followup-" + date + (project == null ? "" : "-" + project) + localeSuffix + ".xlsx";
        Path file = TestHome.reports().resolve(date.toString()).resolve(name);
        if (!Files.exists(file) && !localeSuffix.isEmpty()) {
            // reports not yet carrying the locale before the extension (FORMATS §3)
            file = TestHome.reports().resolve(date.toString())
                    .resolve("service-followup-" + date + (project == null ? "" : "-" + project) + ".xlsx");
        }
        assertThat(file).exists();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

}
