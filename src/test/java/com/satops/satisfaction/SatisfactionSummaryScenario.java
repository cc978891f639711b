package com.satops.satisfaction;

import static com.satops.support.ReceivedMail.findPart;
import static com.satops.support.WorkbookCells.sheetNames;
import static com.satops.support.WorkbookCells.text;
import static com.satops.support.WorkbookCells.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.common.run.RunSummaryFactory;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import com.satops.support.WorkbookCells;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** The satisfaction summary as its readers check it, run on each database by its subclasses. */
@TestPropertySource(properties = "satops.mail.executives=ceo@example.com,coo@example.com")
abstract class SatisfactionSummaryScenario extends FreshStart {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 3);
    static final String COMPANY_BOOK = "reports/2026-10/satisfaction-summary-2026-10.xlsx";
    static final String XXHY_BOOK = "reports/2026-10/satisfaction-summary-2026-10-XXHY.xlsx";
    static final String YYDS_BOOK = "reports/2026-10/satisfaction-summary-2026-10-YYDS.xlsx";

    @Autowired
    JobRunner runner;

    @Autowired
    RunSummaryFactory summaries;

    @Autowired
    JdbcTemplate db;

    RunSummary run(String... projects) {
        return runner.run(JobCatalog.SATISFACTION_SUMMARY.parameters(OCTOBER, null, AS_OF, List.of(projects),
                "zh-CN", AS_OF));
    }

    @Test
    void figuresCountAssessedResponsesAndEveryReasonOnce() {
        // given
        SatisfactionCompany.dropAll();

        // when
        RunSummary summary = run();

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsExactly(
                entry("responses", 11L), entry("satisfied", 6L), entry("satisfactionRate", new BigDecimal("0.5455")),
                entry("reasons.SECURITY", 1L), entry("reasons.CLEANING", 1L), entry("reasons.PARKING", 1L),
                entry("reasons.FACILITIES", 0L), entry("reasons.GREENING", 1L), entry("reasons.REPAIR", 0L),
                entry("reasons.OTHER", 1L));
        assertThat(summaries.toJson(summary)).contains("\"satisfactionRate\":0.5455", "\"reasons.OTHER\":1");
        assertThat(summary.reports()).containsExactly(XXHY_BOOK, YYDS_BOOK, COMPANY_BOOK);
        assertThat(summary.dataIssues()).isZero();
    }

    @Test
    void projectScopeCountsOnlyItsProjectsAndLeavesTheCompanySummaryAlone() {
        SatisfactionCompany.dropAll();

        RunSummary summary = run("XXHY");

        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsEntry("responses", 8L).containsEntry("satisfied", 3L)
                .containsEntry("satisfactionRate", new BigDecimal("0.3750"))
                .containsEntry("reasons.GREENING", 1L).containsEntry("reasons.OTHER", 1L);
        assertThat(summary.reports()).containsExactly(XXHY_BOOK);
        assertThat(TestHome.DIR.resolve(COMPANY_BOOK)).doesNotExist();
        // Only the project manager of XXHY is mailed; the executives get the company summary of a full run.
        assertThat(db.queryForList("SELECT recipient FROM mail_outbox", String.class))
                .containsExactly("pm.xxhy@example.com");
    }

    @Test
    void companyWorkbookHasSummaryTrendWithChartReasonsAndScoredThree() throws IOException {
        SatisfactionCompany.dropAll();

        run();

        try (XSSFWorkbook book = open(COMPANY_BOOK)) {
            assertThat(sheetNames(book)).containsExactly("汇总", "项目对比", "趋势", "不满意原因", "3分户", "数据问题");
            Sheet summary = book.getSheet("汇总");
            assertThat(valueOf(summary, "responses")).isEqualTo(11);
            assertThat(valueOf(summary, "satisfied")).isEqualTo(6);
            assertThat(valueOf(summary, "satisfactionRate")).isEqualTo(0.5455);
            assertThat(new DataFormatter().formatCellValue(rowOf(summary, "satisfactionRate").getCell(1)))
                    .isEqualTo("54.55%");
            assertThat(valueOf(summary, "reasons.GREENING")).isEqualTo(1);

            Sheet projects = book.getSheet("项目对比");
            assertThat(text(projects.getRow(1).getCell(0))).isEqualTo("XXHY");
            assertThat(projects.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(0.375);
            // a change of rate in percentage points, not a percentage of a percentage
            assertThat(projects.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(-12.5);
            assertThat(new DataFormatter().formatCellValue(projects.getRow(1).getCell(6)))
                    .isEqualTo("-12.50 个百分点");
            assertThat(text(projects.getRow(2).getCell(0))).isEqualTo("YYDS");

            XSSFSheet trend = book.getSheet("趋势");
            assertThat(trend.getLastRowNum()).isEqualTo(12);
            assertThat(text(trend.getRow(1).getCell(0))).isEqualTo("2025-11");
            assertThat(trend.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(1);
            assertThat(text(trend.getRow(11).getCell(0))).isEqualTo("2026-09");
            assertThat(trend.getRow(11).getCell(3).getNumericCellValue()).isEqualTo(0.5);
            assertThat(text(trend.getRow(12).getCell(0))).isEqualTo("2026-10");
            assertThat(trend.getRow(12).getCell(3).getNumericCellValue()).isEqualTo(0.5455);
            assertThat(trend.getRow(5).getCell(3)).as("a month without responses has no rate").isNull();
            List<XSSFChart> charts = trend.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            assertThat(charts.get(0).getCTChart().getPlotArea().getLineChartArray()).hasSize(1);
            assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("趋势!$D$2:$D$13");

            Sheet reasons = book.getSheet("不满意原因");
            List<String> codes = new ArrayList<>();
            double shares = 0;
            for (int r = 1; r <= 7; r++) {
                codes.add(text(reasons.getRow(r).getCell(0)));
                shares += reasons.getRow(r).getCell(3).getNumericCellValue();
            }
            assertThat(codes).containsExactly("SECURITY", "CLEANING", "PARKING", "FACILITIES", "GREENING", "REPAIR",
                    "OTHER");
            assertThat(reasons.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1);
            assertThat(reasons.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(0.2);
            assertThat(reasons.getRow(4).getCell(2).getNumericCellValue()).isZero();
            assertThat(new DataFormatter().formatCellValue(reasons.getRow(1).getCell(3))).isEqualTo("20.00%");
            assertThat(shares).isEqualTo(1.0, org.assertj.core.data.Offset.offset(1e-9));

            Sheet three = book.getSheet("3分户");
            assertThat(three.getLastRowNum()).isEqualTo(3);
            // project, name, zone, room, owner, steward, reason, category, surveyed on
            assertThat(texts(three.getRow(1))).startsWith("XXHY", "星河湾", "A区", "3-2-1503", "业主1503",
                    "赵管家、钱管家", "保安态度差", "保安服务", "2026-10-09");
            assertThat(texts(three.getRow(2))).startsWith("XXHY", "星河湾", "B区", "3-2-1506", "业主1506", "",
                    "希望多搞社区活动", "其他");
            assertThat(texts(three.getRow(3))).startsWith("XXHY", "星河湾", "B区", "3-2-1509", "业主1509", "",
                    "绿化没人淋水", "绿化养护", "2026-10-20");
        }
        try (XSSFWorkbook book = open(XXHY_BOOK)) {
            assertThat(sheetNames(book)).containsExactly("汇总", "趋势", "不满意原因", "3分户");
            assertThat(valueOf(book.getSheet("汇总"), "satisfactionRate")).isEqualTo(0.375);
            assertThat(book.getSheet("趋势").getDrawingPatriarch().getCharts()).hasSize(1);
        }
    }

    @Test
    void englishReportsOnRequest() throws IOException {
        SatisfactionCompany.dropAll();

        runner.run(JobCatalog.SATISFACTION_SUMMARY.parameters(OCTOBER, null, AS_OF, List.of(), "zh-CN", AS_OF));
        RunSummary english = runner.run(JobCatalog.SATISFACTION_SUMMARY.parameters(OCTOBER, null, AS_OF, List.of(),
                "en", AS_OF));

        // both languages side by side: the English run writes .en.xlsx and leaves the Chinese workbook alone
        assertThat(english.reports()).contains("reports/2026-10/satisfaction-summary-2026-10.en.xlsx");
        try (XSSFWorkbook book = open(COMPANY_BOOK)) {
            assertThat(book.getSheetName(0)).isEqualTo("汇总");
        }
        try (XSSFWorkbook book = open("reports/2026-10/satisfaction-summary-2026-10.en.xlsx")) {
            assertThat(sheetNames(book)).containsExactly("Summary", "Projects", "Trend", "Reasons", "Scored 3",
                    "Data issues");
            assertThat(texts(book.getSheet("Scored 3").getRow(1))).contains("Security");
        }
        assertThat(db.queryForList("SELECT subject FROM mail_outbox ORDER BY mail_id", String.class))
                .contains("Satisfaction summary 2026-10 | Company 54.55%");
    }

    @Test
    void withoutSmtpHostMailsBecomeEmlFilesAndARerunMailsNobodyTwice() throws Exception {
        // given
        SatisfactionCompany.dropAll();

        // when
        RunSummary first = run();
        RunSummary again = run();

        // then
        assertThat(first.mails()).isEqualTo(4);
        assertThat(first.mailsWaiting()).isZero();
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.figures()).isEqualTo(first.figures());
        assertThat(again.reports()).isEqualTo(first.reports());
        assertThat(db.queryForList("SELECT recipient FROM mail_outbox WHERE status = 'SENT' ORDER BY recipient",
                String.class)).containsExactly("ceo@example.com", "coo@example.com", "pm.xxhy@example.com",
                "pm.yyds@example.com");
        List<Path> eml;
        try (Stream<Path> files = Files.list(TestHome.outbox())) {
            eml = files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
        assertThat(eml).hasSize(4);
        Path ceoMail = eml.stream().filter(f -> f.getFileName().toString().contains("ceo@example.com"))
                .findFirst().orElseThrow();
        MimeMessage message;
        try (InputStream in = Files.newInputStream(ceoMail)) {
            message = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(message.getSubject()).isEqualTo("满意度月报 2026年10月｜公司 54.55%");
        Part chart = findPart(message, p -> p.getHeader("Content-ID") != null);
        assertThat(chart.getHeader("Content-ID")).containsExactly("<chart>");
        assertThat(chart.isMimeType("image/png")).isTrue();
        Part workbook = findPart(message, p -> "satisfaction-summary-2026-10.xlsx".equals(p.getFileName()));
        try (XSSFWorkbook attached = new XSSFWorkbook(workbook.getInputStream())) {
            assertThat(valueOf(attached.getSheet("汇总"), "satisfactionRate")).isEqualTo(0.5455);
        }
        assertThat(TestHome.DIR.resolve("reports/2026-10/satisfaction-summary-2026-10-trend.png")).isNotEmptyFile();
    }

    @Test
    void aMonthWithoutResponsesMailsNobodySoTheRunAfterTheResultsArriveStillDoes() {
        // given: roster and staff, but the agency's results are not in yet
        SatisfactionCompany.dropRoster();
        SatisfactionCompany.dropStaff();

        // when
        RunSummary early = run();

        // then
        assertThat(early.status()).isEqualTo("COMPLETED");
        assertThat(early.figures()).containsEntry("responses", 0L)
                .containsEntry("satisfactionRate", new BigDecimal("0.0000")).containsEntry("reasons.OTHER", 0L);
        assertThat(early.reports()).containsExactly(COMPANY_BOOK);
        assertThat(early.mails()).isZero();

        // when the results arrive and the month is run again
        SatisfactionCompany.dropSurveys();
        RunSummary later = run();

        // then
        assertThat(later.figures()).containsEntry("responses", 11L);
        assertThat(later.mails()).isEqualTo(4);
    }

    @Test
    void aMonthNotOverHoldsItsMailsAndTheRunAfterTheMonthMailsEveryoneOnce() {
        // given
        SatisfactionCompany.dropAll();

        // when: October run on its 30th
        RunSummary early = runner.run(JobCatalog.SATISFACTION_SUMMARY.parameters(OCTOBER, null,
                LocalDate.of(2026, 10, 30), List.of(), "zh-CN", AS_OF));

        // then: the workbooks are written, the four mails held
        assertThat(early.status()).isEqualTo("COMPLETED");
        assertThat(early.reports()).contains(COMPANY_BOOK, XXHY_BOOK);
        assertThat(early.mails()).isZero();
        assertThat(early.mailsHeld()).isEqualTo(4);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'HELD'", Integer.class))
                .isZero();

        // when: the run after the month, and once more
        RunSummary later = run();
        RunSummary repeat = run();

        // then
        assertThat(later.mails()).isEqualTo(4);
        assertThat(later.mailsHeld()).isZero();
        assertThat(repeat.mails()).isZero();
        assertThat(db.queryForList("SELECT recipient FROM mail_outbox WHERE status = 'SENT' ORDER BY recipient",
                String.class)).containsExactly("ceo@example.com", "coo@example.com", "pm.xxhy@example.com",
                "pm.yyds@example.com");
    }

    @Test
    void aFailedRunRestartsAndMailsEachRecipientOnce() throws IOException {
        // given: something in the way of the reports folder
        SatisfactionCompany.dropAll();
        Path blocked = Files.createDirectories(TestHome.reports()).resolve("2026-10");
        Files.writeString(blocked, "not a folder");

        // when
        RunSummary failed = run();

        // then
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.message()).contains("2026-10");
        assertThat(failed.mails()).isZero();

        // when the way is clear and the same run is asked for again
        Files.delete(blocked);
        RunSummary restarted = run();
        RunSummary repeated = run();

        // then the failed execution was restarted, not started afresh, and nobody is mailed twice
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(restarted.figures()).containsEntry("satisfactionRate", new BigDecimal("0.5455"));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                + " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'satisfaction-summary'"
                + " AND e.JOB_INSTANCE_ID = (SELECT JOB_INSTANCE_ID FROM BATCH_JOB_EXECUTION"
                + " WHERE JOB_EXECUTION_ID = ?)", Integer.class, restarted.executionId())).isEqualTo(2);
        assertThat(repeated.status()).isEqualTo("COMPLETED");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class)).isEqualTo(4);
        assertThat(TestHome.DIR.resolve(COMPANY_BOOK)).isNotEmptyFile();
    }

    static java.util.Map.Entry<String, Object> entry(String key, Object value) {
        return java.util.Map.entry(key, value);
    }

    static XSSFWorkbook open(String relative) {
        return WorkbookCells.open(TestHome.DIR.resolve(relative));
    }

    /** The value cell of the summary row whose key column holds {@code key}. */
    static double valueOf(Sheet summary, String key) {
        return rowOf(summary, key).getCell(1).getNumericCellValue();
    }

    static Row rowOf(Sheet summary, String key) {
        for (Row row : summary) {
            if (row.getCell(2) != null && key.equals(row.getCell(2).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no summary row " + key);
    }

}
