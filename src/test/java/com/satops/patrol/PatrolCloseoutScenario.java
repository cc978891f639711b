package com.satops.patrol;

import static com.satops.support.ReceivedMail.freePort;
import static com.satops.support.ReceivedMail.htmlOf;
import static com.satops.support.ReceivedMail.recipients;
import static com.satops.support.WorkbookCells.column;
import static com.satops.support.WorkbookCells.sheetNames;
import static com.satops.support.WorkbookCells.text;
import static com.satops.support.WorkbookCells.texts;
import static com.satops.support.WorkbookCells.values;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.satops.common.mail.MailDelivery;
import com.satops.common.mail.MailResender;
import com.satops.common.report.WorkbookLayout;
import com.satops.common.run.IsoWeek;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.ReceivedMail;
import com.satops.support.TestHome;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * patrol-closeout as a project manager and the quality department see it: the
 * six figures, the workbooks read back with POI, the mails received over SMTP.
 * Run on each database by its subclasses.
 */
abstract class PatrolCloseoutScenario extends FreshStart {

    static final int SMTP_PORT = freePort();
    static final String QUALITY = "quality@example.com";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("satops.mail.quality-department[0]", () -> QUALITY);
    }

    static final String W46 = "2026-W46";
    static final String W47 = "2026-W47";

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @Autowired
    PatrolScoreboardReader scoreboards;

    @Autowired
    MailResender resender;

    @Autowired
    MailDelivery delivery;

    RunSummary run(String week, LocalDate asOf, String locale, String... projects) {
        return runner.run(JobCatalog.PATROL_CLOSEOUT.parameters(null, week, asOf, List.of(projects), locale, asOf));
    }

    static final String PATROL_HEADER =
            "问题编号,项目编码,巡区类型,发现日期,片区,位置,问题分类,问题描述,责任部门,责任人,状态,销项日期,复查日期\n";

    /** Two projects, their staff; the issues of weeks 45 and 46, as known on Monday of week 47. */
    static void dropWeek46() {
        TestHome.dropCsv("erp", "erp.csv", """
                项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态
                XXHY,星河湾,3,2,1502,A区,张三,13812341234,已交房,常住
                YYJD,云锦台,1,1,0101,A区,李四,13812341235,已交房,常住
                """);
        TestHome.dropCsv("staff", "staff.csv", """
                工号,姓名,岗位,项目编码,片区,邮箱,在职
                S1,赵管家,管家,XXHY,A区,s1@example.com,是
                PM1,钱经理,项目经理,XXHY,,pm.xxhy@example.com,是
                PM2,孙经理,项目经理,XXHY,,pm.left@example.com,否
                PM3,李经理,项目经理,XXHY,,,是
                D1,吴主管,部门负责人,XXHY,,d1@example.com,是
                PM4,周经理,项目经理,YYJD,,pm.yyjd@example.com,是
                """);
        TestHome.dropCsv("patrol", "patrol-w46.csv", PATROL_HEADER + """
                W-5,XXHY,周巡,2026-11-09,A区,3栋大堂,清洁,大堂地面污渍,环境部,S1,已销项,2026-11-12,
                W-9,XXHY,周巡,2026-11-10,B区,地库入口,停车,地库指示牌缺失,秩序部,,已销项,2026-11-11,
                W-6,XXHY,周巡,2026-11-02,A区,中心花园,绿化,草坪枯黄,环境部,X99,未整改,,
                """);
    }

    /** The issues of week 47 (and one of week 48), and W-5 of week 46 re-opened. */
    static void dropWeek47() {
        TestHome.dropCsv("patrol", "patrol-w47.csv", PATROL_HEADER + """
                W-1,XXHY,周巡,2026-11-16,A区,1栋门口,清洁,垃圾桶满溢,环境部,S1,已销项,2026-11-18,
                W-2,XXHY,周巡,2026-11-17,A区,2栋电梯,设施,电梯按钮失灵,工程部,S1,已销项,2026-11-26,
                W-3,XXHY,周巡,2026-11-18,B区,东门岗亭,安全,监控死角,秩序部,,未整改,,
                W-4,XXHY,周巡,2026-11-20,B区,5栋,设施,路灯不亮,工程部,S1,整改中,,
                W-7,XXHY,周巡,2026-11-22,A区,泳池,其他,=泳池警示牌缺失,环境部,,未整改,,
                W-8,XXHY,周巡,2026-11-23,A区,6栋,清洁,楼道堆物,环境部,,未整改,,
                W-5,XXHY,周巡,2026-11-09,A区,3栋大堂,清洁,大堂地面污渍,环境部,S1,整改中,,
                D-1,XXHY,日巡,2026-11-16,A区,1栋,清洁,烟头,,S1,已销项,2026-11-16,2026-11-18
                D-2,XXHY,日巡,2026-11-17,A区,2栋,绿化,树枝折断,,S1,整改中,,2026-11-20
                D-3,XXHY,日巡,2026-11-19,B区,5栋,设施,井盖松动,,S1,未整改,,
                D-4,XXHY,日巡,2026-11-15,B区,5栋,清洁,落叶,,S1,未整改,,
                Y-1,YYJD,周巡,2026-11-18,A区,南门,停车,占用消防通道,秩序部,PM4,已销项,2026-11-19,
                Y-D1,YYJD,日巡,2026-11-21,A区,北门,清洁,垃圾未清,,,已销项,2026-11-22,2026-11-22
                """);
    }

    @Test
    void sixFiguresAcrossWeeksWithAsOfCuts() throws Exception {
        // given: week 46 reported on its Monday
        dropWeek46();
        RunSummary week46 = run(W46, LocalDate.of(2026, 11, 16), "zh-CN");
        assertThat(week46.status()).isEqualTo("COMPLETED");
        assertThat(week46.figures()).containsExactlyEntriesOf(figures(2, 2, "1.0000", 1, 0, 0));

        // when: week 47 reported a week later, W-5 re-opened by the newer file
        dropWeek47();
        RunSummary week47 = run(W47, LocalDate.of(2026, 11, 30), "zh-CN");

        // then
        assertThat(week47.status()).isEqualTo("COMPLETED");
        assertThat(week47.dataIssues()).isZero();
        assertThat(week47.staffWithoutEmail()).isEqualTo(1);
        assertThat(week47.figures()).containsExactlyEntriesOf(figures(6, 3, "0.5000", 5, 4, 2));
        // week 46's run is finished: its kept trend figures went with week 47's count
        assertThat(db.queryForList("SELECT DISTINCT job_instance_id FROM patrol_week_project", Long.class))
                .containsExactly(db.queryForObject("SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION "
                        + "WHERE JOB_EXECUTION_ID = ?", Long.class, week47.executionId()));
        assertThat(week47.reports()).containsExactly(
                "reports/2026-W47/patrol-closeout-2026-W47-XXHY.xlsx",
                "reports/2026-W47/patrol-closeout-2026-W47-YYJD.xlsx",
                "reports/2026-W47/patrol-closeout-2026-W47.xlsx");
        assertThat(db.queryForList("SELECT CONCAT(from_status, '>', to_status) FROM patrol_status_change "
                + "WHERE issue_no = 'W-5'", String.class)).containsExactly("CLOSED>IN_PROGRESS");

        try (Workbook book = workbook(W47, "XXHY")) {
            assertThat(sheetNames(book)).containsExactly("汇总", "本周发现", "已销项", "逾期未销项", "日巡复查未按时",
                    "分类统计");
            Sheet summary = book.getSheet("汇总");
            assertThat(texts(summary.getRow(0)).subList(0, 9)).containsExactly("项目编码", "项目名称", "本周发现",
                    "已销项", "销项率", "逾期未销项", "日巡应复查", "按时复查", "销项率 2026-W40");
            assertThat(texts(summary.getRow(0)).get(15)).isEqualTo("销项率 2026-W47");
            assertThat(values(summary.getRow(1)).subList(0, 8))
                    .containsExactly("XXHY", "星河湾", 5.0, 2.0, 0.4, 5.0, 3.0, 1.0);
            // trend W40..W47, each week as of the same lag: W45 (W-6 open) 0, W46 (W-5 re-opened, W-9 closed) 0.5
            assertThat(values(summary.getRow(1)).subList(8, 16))
                    .containsExactly(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.5, 0.4);
            assertThat(summary.getRow(2)).as("a project workbook has no company row").isNull();
            // PM3 manages XXHY but has no email: named on the summary sheet, counted in the run summary
            List<String> firstColumn = new ArrayList<>();
            summary.forEach(row -> firstColumn.add(text(row.getCell(0))));
            assertThat(firstColumn).contains("未发送邮件的人员（没有邮箱）", "PM3");
            assertThat(firstColumn.indexOf("PM3")).isGreaterThan(firstColumn.indexOf("未发送邮件的人员（没有邮箱）"));

            Sheet found = book.getSheet("本周发现");
            assertThat(column(found, 1)).containsExactly("W-1", "W-2", "W-3", "W-4", "W-7");
            assertThat(text(found.getRow(5).getCell(6))).as("a formula-like description stays text")
                    .isEqualTo("=泳池警示牌缺失");
            assertThat(found.getRow(5).getCell(6).getCellType()).isEqualTo(CellType.STRING);
            assertThat(column(found, 13)).containsExactly("按期销项", "逾期销项", "逾期未销项", "逾期未销项",
                    "逾期未销项");

            Sheet closed = book.getSheet("已销项");
            assertThat(texts(closed.getRow(0)).get(13)).isEqualTo("逾期销项");
            assertThat(column(closed, 1)).containsExactly("W-1", "W-2");
            assertThat(values(closed.getRow(1)).subList(10, 14))
                    .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 18), 2.0, null);
            assertThat(values(closed.getRow(2)).subList(10, 14))
                    .containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26), 9.0, "逾期销项");

            Sheet overdue = book.getSheet("逾期未销项");
            assertThat(texts(overdue.getRow(0))).containsExactly("项目编码", "问题编号", "发现日期", "片区", "位置",
                    "问题分类", "问题描述", "责任部门", "责任人", "责任人工号", "状态", "销项期限", "逾期天数");
            assertThat(column(overdue, 1)).as("oldest first; W-2 was closed late, not overdue")
                    .containsExactly("W-6", "W-5", "W-3", "W-4", "W-7");
            assertThat(values(overdue.getRow(1))).containsExactly("XXHY", "W-6", LocalDate.of(2026, 11, 2), "A区",
                    "中心花园", "绿化", "草坪枯黄", "环境部", "X99", "X99", "未整改", LocalDate.of(2026, 11, 9), 21.0);
            assertThat(values(overdue.getRow(2)).subList(7, 13)).containsExactly("环境部", "赵管家", "S1", "整改中",
                    LocalDate.of(2026, 11, 16), 14.0);
            assertThat(column(overdue, 12)).containsExactly("21", "14", "5", "3", "1");

            Sheet rechecks = book.getSheet("日巡复查未按时");
            assertThat(column(rechecks, 1)).containsExactly("D-2", "D-3");
            assertThat(values(rechecks.getRow(1)).subList(10, 14))
                    .containsExactly(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20), "逾期复查", 1.0);
            assertThat(values(rechecks.getRow(2)).subList(10, 14))
                    .containsExactly(LocalDate.of(2026, 11, 21), null, "未复查", 9.0);

            Sheet categories = book.getSheet("分类统计");
            assertThat(column(categories, 1)).containsExactly("清洁", "绿化", "设施", "安全", "其他");
            assertThat(values(categories.getRow(1)).subList(2, 8)).as("清洁: W-1 found and closed, W-5 overdue, D-1")
                    .containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 1.0);
            assertThat(values(categories.getRow(3)).subList(2, 8)).as("设施: W-2, W-4, D-3")
                    .containsExactly(2.0, 1.0, 0.5, 1.0, 1.0, 0.0);
        }
        try (Workbook company = workbook(W47, null)) {
            assertThat(sheetNames(company)).containsExactly("汇总", "本周发现", "已销项", "逾期未销项",
                    "日巡复查未按时", "分类统计", "数据问题");
            Sheet summary = company.getSheet("汇总");
            assertThat(column(summary, 0).subList(0, 3)).containsExactly("XXHY", "YYJD", "全公司");
            assertThat(values(summary.getRow(3)).subList(2, 8)).containsExactly(6.0, 3.0, 0.5, 5.0, 4.0, 2.0);
            assertThat(values(summary.getRow(3)).get(14)).isEqualTo(0.5);
            assertThat(column(company.getSheet("本周发现"), 1)).containsExactly("W-1", "W-2", "W-3", "W-4", "W-7", "Y-1");
        }

        // when: the same week cut as of its Wednesday, in English
        RunSummary cut = run(W47, LocalDate.of(2026, 11, 25), "en");

        // then: W-2 (closed 11-26) is not closed yet and is overdue; W-3 and later are still within their deadline
        assertThat(cut.figures()).containsExactlyEntriesOf(figures(6, 2, "0.3333", 3, 4, 2));
        // the English workbooks are other reports (FORMATS §3): each is mailed once, in English
        assertThat(cut.mails()).isEqualTo(3);
        assertThat(cut.mailsHeld()).isZero();
        try (Workbook book = workbook(W47, "XXHY", ".en")) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Found this week", "Closed", "Overdue",
                    "Re-checks not on time", "By category");
            assertThat(texts(book.getSheet("Summary").getRow(0)).subList(0, 3))
                    .containsExactly("Project", "Project name", "Found");
            assertThat(column(book.getSheet("Overdue"), 1)).containsExactly("W-6", "W-5", "W-2");
            assertThat(column(book.getSheet("Found this week"), 13))
                    .containsExactly("closed on time", "overdue", "open", "open", "open");
        }
        // the English run wrote beside the Chinese workbook, not over it
        assertThat(cut.reports()).contains("reports/2026-W47/patrol-closeout-2026-W47-XXHY.en.xlsx");
        try (Workbook book = workbook(W47, "XXHY")) {
            assertThat(book.getSheetName(0)).isEqualTo("汇总");
        }
        try (WorkbookLayout layout = WorkbookLayout.open(TestHome.reports().resolve(W47)
                .resolve("patrol-closeout-" + W47 + "-XXHY.xlsx"))) {
            layout.isListSheet("逾期未销项", 0).columnFits("逾期未销项", "问题编号")
                    .columnFits("本周发现", "问题编号").isListSheet("本周发现", 0).isPrintable("汇总");
        }
    }

    @Test
    void invalidRowsAreDataIssuesNotSilentDrops() throws Exception {
        // given: three bad rows among 63, under the 5 % reject limit, two of XXHY and one of YYJD
        dropWeek46();
        StringBuilder rows = new StringBuilder(PATROL_HEADER);
        IntStream.rangeClosed(1, 60).forEach(i -> rows.append(String.format(
                "F-%02d,YYJD,日巡,2026-10-05,A区,,清洁,落叶%d,,,已销项,2026-10-05,2026-10-06%n", i, i)));
        rows.append("B-1,XXHY,周巡,2026-11-18,A区,,清洁,无销项日期,,,已销项,,\n");
        rows.append("B-2,XXHY,周巡,2026-11-18,A区,,清洁,未知状态,,,已完成,,\n");
        rows.append("B-3,YYJD,周巡,2026-12-01,A区,,清洁,发现日期在截至日期之后,,,未整改,,\n");
        TestHome.dropCsv("patrol", "patrol-bad.csv", rows.toString());

        // when
        RunSummary summary = run(W47, LocalDate.of(2026, 11, 30), "zh-CN");

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.dataIssues()).isEqualTo(3);
        List<Map<String, Object>> issues = db.queryForList("SELECT file_name, row_no, column_name, cell_value, "
                + "reason, row_skipped, project_code FROM data_issue WHERE run_key = ? ORDER BY row_no", runKey(summary));
        assertThat(issues).extracting(i -> i.get("ROW_NO")).containsExactly(62, 63, 64);
        assertThat(issues).extracting(i -> i.get("COLUMN_NAME")).containsExactly("销项日期", "状态", "发现日期");
        assertThat(issues).extracting(i -> i.get("FILE_NAME")).containsOnly("patrol-bad.csv");
        assertThat(issues).extracting(i -> i.get("ROW_SKIPPED")).containsOnly(true);
        assertThat(issues).extracting(i -> i.get("PROJECT_CODE")).containsExactly("XXHY", "XXHY", "YYJD");
        assertThat((String) issues.get(1).get("CELL_VALUE")).isEqualTo("已完成");
        assertThat((String) issues.get(2).get("REASON")).contains("as-of");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM patrol_issue WHERE issue_no LIKE 'B-%'", Integer.class))
                .isZero();
        assertThat(summary.figures()).containsEntry("found", 0L).containsEntry("overdue", 1L);

        // the company workbook lists the whole run's, whichever project a row names
        try (Workbook company = workbook(W47, null)) {
            Sheet sheet = company.getSheet("数据问题");
            assertThat(texts(sheet.getRow(0))).containsExactly("文件", "工作表", "行号", "列", "值", "原因", "整行跳过");
            assertThat(column(sheet, 3)).containsExactly("销项日期", "状态", "发现日期");
            assertThat(column(sheet, 2)).containsExactly("62", "63", "64");
            assertThat(column(sheet, 6)).containsOnly("是");
        }
    }

    @Test
    void projectManagersAndQualityGetTheirWorkbookOnce() throws Exception {
        // given
        dropWeek46();
        dropWeek47();
        LocalDate monday = LocalDate.of(2026, 11, 30);

        // when: first only XXHY
        RunSummary xxhy = run(W47, monday, "zh-CN", "XXHY");

        // then: its active project manager with an email, nobody else (the run is not company-wide)
        assertThat(xxhy.mails()).isEqualTo(1);
        assertThat(xxhy.reports()).containsExactly("reports/2026-W47/patrol-closeout-2026-W47-XXHY.xlsx",
                "reports/2026-W47/patrol-closeout-2026-W47.xlsx");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage toManager = received[0];
        assertThat(recipients(toManager)).containsExactly("pm.xxhy@example.com");
        assertThat(toManager.getSubject()).isEqualTo("巡区销项周报 2026-W47 XXHY 星河湾");
        assertThat(String.valueOf(htmlOf(toManager))).contains("钱经理").contains("40.00%");
        Attachment attachment = attachmentOf(toManager);
        assertThat(attachment.fileName()).isEqualTo("patrol-closeout-2026-W47-XXHY.xlsx");
        try (Workbook book = new XSSFWorkbook(attachment.open())) {
            assertThat(book.getSheetName(0)).isEqualTo("汇总");
            assertThat(values(book.getSheet("汇总").getRow(1)).subList(0, 3)).containsExactly("XXHY", "星河湾", 5.0);
        }

        // when: the whole company
        RunSummary all = run(W47, monday, "zh-CN");

        // then: YYJD's manager and the quality department; XXHY's manager is not mailed twice
        assertThat(all.status()).isEqualTo("COMPLETED");
        assertThat(all.mails()).isEqualTo(2);
        received = smtp.getReceivedMessages();
        assertThat(received).hasSize(3);
        assertThat(Arrays.stream(received).map(ReceivedMail::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("pm.xxhy@example.com", "pm.yyjd@example.com", QUALITY);
        MimeMessage toQuality = Arrays.stream(received).filter(m -> recipients(m).contains(QUALITY)).findFirst()
                .orElseThrow();
        assertThat(toQuality.getSubject()).isEqualTo("巡区销项周报 2026-W47 全公司");
        Attachment companyBook = attachmentOf(toQuality);
        assertThat(companyBook.fileName()).isEqualTo("patrol-closeout-2026-W47.xlsx");
        try (Workbook book = new XSSFWorkbook(companyBook.open())) {
            assertThat(column(book.getSheet("汇总"), 0).subList(0, 3)).containsExactly("XXHY", "YYJD", "全公司");
        }

        // when: the same run again
        RunSummary again = run(W47, monday, "zh-CN");

        // then: same figures and files, nothing queued or sent twice
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.executionId()).isNotEqualTo(all.executionId());
        assertThat(again.figures()).isEqualTo(all.figures());
        assertThat(again.reports()).isEqualTo(all.reports());
        assertThat(again.mails()).as("mails counts only what this run queued").isZero();
        assertThat(again.mailsHeld()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class)).isEqualTo(3);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'SENT'", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void aWeekNotOverHoldsItsMailsTheRunAfterMailsEachManagerOnceAndResendMailsOnceMore() throws Exception {
        // given
        dropWeek46();
        dropWeek47();
        String w48 = "2026-W48";

        // when: week 48 (11-23 to 11-29) run on its Wednesday
        RunSummary early = run(w48, LocalDate.of(2026, 11, 25), "zh-CN");

        // then: reports written, no mail queued, the held ones counted
        assertThat(early.status()).isEqualTo("COMPLETED");
        assertThat(early.reports()).hasSize(3);
        assertThat(TestHome.reports().resolve(w48).resolve("patrol-closeout-2026-W48-XXHY.xlsx")).exists();
        assertThat(early.mails()).isZero();
        assertThat(early.mailsHeld()).as("two project managers and the quality department").isEqualTo(3);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'HELD'", Integer.class))
                .isEqualTo(3);

        // when: the Monday after the week
        RunSummary monday = run(w48, LocalDate.of(2026, 11, 30), "zh-CN");

        // then: each manager and the quality department mailed once
        assertThat(monday.mails()).isEqualTo(3);
        assertThat(monday.mailsHeld()).isZero();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(ReceivedMail::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("pm.xxhy@example.com", "pm.yyjd@example.com", QUALITY);

        // and: the manager's mail names the oldest overdue issues, owner and days overdue
        MimeMessage toManager = Arrays.stream(received).filter(m -> recipients(m).contains("pm.xxhy@example.com"))
                .findFirst().orElseThrow();
        String html = htmlOf(toManager);
        assertThat(html).contains("逾期最久的 5 项", "W-6", "2026-11-02", "中心花园 · 草坪枯黄", "X99",
                "赵管家（S1）", "未指定", "责任人（工号）", "逾期天数", "max-width:640px");
        assertThat(html).containsSubsequence("W-6", "W-5", "W-3", "W-4", "W-7");
        assertThat(html).containsPattern("W-6(?s:.)*?>21</td>").containsPattern("W-7(?s:.)*?>1</td>");
        assertThat(html).as("W-2 was closed, late").doesNotContain("W-2");

        // when: the same run again
        RunSummary repeat = run(w48, LocalDate.of(2026, 11, 30), "zh-CN");

        // then
        assertThat(repeat.mails()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);

        // when: resent deliberately, all recipients, then one
        int all = resender.resend(CloseoutRun.JOB, w48, null);
        delivery.deliverDue();
        int one = resender.resend(CloseoutRun.JOB, w48, "PM.XXHY@example.com");
        delivery.deliverDue();

        // then: each call mails once more, and a resend adds to no run's count
        assertThat(all).isEqualTo(3);
        assertThat(one).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(7);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::recipients)
                .flatMap(List::stream).filter("pm.xxhy@example.com"::equals)).hasSize(3);
        assertThat(run(w48, LocalDate.of(2026, 11, 30), "zh-CN").mails()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(7);

        // when: one outbox row resent by its id, and an id that is no row
        long mailId = db.queryForObject("SELECT MIN(mail_id) FROM mail_outbox WHERE status = 'SENT'", Long.class);
        assertThat(resender.resend(mailId)).isEqualTo(1);
        assertThat(resender.resend(mailId + 1_000_000)).isZero();
        delivery.deliverDue();
        assertThat(smtp.getReceivedMessages()).hasSize(8);
    }

    @Test
    void deadlinesAreSettings() {
        // given: the issues imported by a run
        dropWeek46();
        dropWeek47();
        run(W47, LocalDate.of(2026, 11, 30), "zh-CN");
        LocalDate monday = LocalDate.of(2026, 11, 23);
        IsoWeek week = IsoWeek.parse(W47);

        // when: judged with the default deadlines and with 3 days to close, 1 to re-check
        ProjectFigures defaults = scoreboards.read(new CloseoutWeek(week, monday, new CloseoutRules(7, 2)),
                List.of("XXHY")).project("XXHY").figures();
        ProjectFigures strict = scoreboards.read(new CloseoutWeek(week, monday, new CloseoutRules(3, 1)),
                List.of("XXHY")).project("XXHY").figures();

        // then
        assertThat(defaults).isEqualTo(new ProjectFigures("XXHY", "星河湾", 5, 1, 2, 3, 1));
        assertThat(strict).as("W-2 and W-3 past a 3-day deadline; D-1 re-checked after 2 days is late")
                .isEqualTo(new ProjectFigures("XXHY", "星河湾", 5, 1, 4, 3, 0));
    }

    // ---- helpers

    static Map<String, Object> figures(long found, long closed, String rate, long overdue, long recheckDue,
                                       long recheckOnTime) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("found", found);
        figures.put("closed", closed);
        figures.put("closeoutRate", new BigDecimal(rate));
        figures.put("overdue", overdue);
        figures.put("recheckDue", recheckDue);
        figures.put("recheckOnTime", recheckOnTime);
        return figures;
    }

    static String runKey(RunSummary summary) {
        return JobCatalog.PATROL_CLOSEOUT.parameters(null, summary.parameters().get("week"),
                LocalDate.parse(summary.parameters().get("asOf")), List.of(), summary.parameters().get("locale"),
                LocalDate.now()).runKey();
    }

    static Workbook workbook(String week, String project) throws IOException {
        return workbook(week, project, "");
    }

    static Workbook workbook(String week, String project, String localeTag) throws IOException {
        String name = "patrol-closeout-" + week + (project == null ? "" : "-" + project) + localeTag + ".xlsx";
        Path file = TestHome.reports().resolve(week).resolve(name);
        assertThat(file).exists();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    record Attachment(String fileName, byte[] content) {
        InputStream open() {
            return new ByteArrayInputStream(content);
        }
    }

    static Attachment attachmentOf(Part message) throws Exception {
        Part part = ReceivedMail.partOrNull(message,
                p -> Part.ATTACHMENT.equalsIgnoreCase(p.getDisposition()) && p.getFileName() != null);
        if (part == null) {
            return null;
        }
        try (InputStream in = part.getInputStream()) {
            return new Attachment(part.getFileName(), in.readAllBytes());
        }
    }

}
