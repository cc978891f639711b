package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.report.WorkbookLayout;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import com.satops.support.WorkbookCells;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * presampling-cleanup as the customer-service manager uses it: run before the
 * agency draws the sample, then read the workbook and hand over the CSV. Run on
 * each database by its subclasses.
 */
abstract class PresamplingScenario extends FreshStart {

    static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);
    static final String WORKBOOK = "reports/2026-12/presampling-cleanup-2026-12.xlsx";
    static final String CSV = "reports/2026-12/sample-frame-2026-12.csv";
    static final String ENGLISH_WORKBOOK = "reports/2026-12/presampling-cleanup-2026-12.en.xlsx";
    static final String ENGLISH_CSV = "reports/2026-12/sample-frame-2026-12.en.csv";

    static final String ROSTER_HEADER = "项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态\n";

    /** Each household is there for one rule; the first exclusion that applies wins. */
    static final String CRAFTED_ROSTER = ROSTER_HEADER + """
            XXHY,星河湾,1,1,0101,A区,甲,13800000001,未交房,空置
            XXHY,星河湾,1,1,0102,A区,乙,13800000002,已交房,空置
            XXHY,星河湾,1,1,0103,A区,丙,13800000003,已交房,装修中
            XXHY,星河湾,3,2,1502,A区,张三,13812341234,已交房,常住
            XXHY,星河湾,1,1,0105,B区,戊,13800000005,已交房,出租
            XXHY,星河湾,1,1,0106,B区,=1+2,13800000006,已交房,常住
            """;

    static final String CRAFTED_CRM = """
            项目编码,房号,客户类别,标记日期,备注
            XXHY,1-1-0101,黑色客户,2026-11-03,
            XXHY,1-1-0102,黑色客户,2026-11-03,
            XXHY,3-2-1502,黑色客户,2026-11-03,投诉物业
            XXHY,1-1-0105,良好关系户,2026-11-04,
            """;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    RunSummary presampling(YearMonth month, LocalDate asOf, String locale, String... projects) {
        return runner.run(JobCatalog.PRESAMPLING_CLEANUP.parameters(month, null, asOf, Arrays.asList(projects),
                locale, asOf));
    }

    RunSummary importAsOf(LocalDate asOf) {
        return runner.run(JobCatalog.IMPORT.parameters(null, null, asOf, List.of(), "zh-CN", asOf));
    }

    static void dropCraftedCompany() {
        TestHome.dropCsv("erp", "erp-1127.csv", CRAFTED_ROSTER);
        TestHome.dropCsv("crm", "crm-1103.csv", CRAFTED_CRM);
    }

    static WorkbookCells workbook(String path) {
        return WorkbookCells.read(TestHome.DIR.resolve(path));
    }

    static byte[] bytes(String path) throws IOException {
        return Files.readAllBytes(TestHome.DIR.resolve(path));
    }

    /** Each household's outcome in the stored frame of a month, by room. */
    Map<String, String> outcomes(String month) {
        Map<String, String> outcomes = new TreeMap<>();
        for (Map<String, Object> row : db.queryForList(
                "SELECT room_key, outcome FROM sample_frame WHERE frame_month = ?", month)) {
            outcomes.put((String) row.get("ROOM_KEY"), (String) row.get("OUTCOME"));
        }
        return outcomes;
    }

    @Test
    void eachHouseholdGetsTheFirstExclusionThatAppliesAndTheFiguresAddUp() {
        // given
        dropCraftedCompany();

        // when
        RunSummary summary = presampling(DECEMBER, NOV_27, "zh-CN");

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).isEqualTo(Map.of(
                "households", 6L, "eligible", 2L, "excluded.NOT_DELIVERED", 1L, "excluded.NOT_OCCUPIED", 2L,
                "excluded.BLACK", 1L, "classChanges", 4L, "statusChanges", 0L));
        assertThat(summary.figures().keySet()).containsExactly("households", "eligible", "excluded.NOT_DELIVERED",
                "excluded.NOT_OCCUPIED", "excluded.BLACK", "classChanges", "statusChanges");
        assertThat(outcomes("2026-12")).isEqualTo(Map.of(
                "1-1-0101", "NOT_DELIVERED",   // also vacant and black
                "1-1-0102", "NOT_OCCUPIED",    // also black
                "1-1-0103", "NOT_OCCUPIED",
                "3-2-1502", "BLACK",
                "1-1-0105", "ELIGIBLE",
                "1-1-0106", "ELIGIBLE"));
        assertThat(summary.reports()).containsExactly(WORKBOOK, CSV);
    }

    @Test
    void workbookShowsSummaryFirstEvidenceOfEachExclusionAndMaskedPhones() {
        dropCraftedCompany();

        presampling(DECEMBER, NOV_27, "zh-CN");

        WorkbookCells book = workbook(WORKBOOK);
        assertThat(book.sheetNames()).containsExactly("汇总", "可抽样", "已排除", "本次变更", "抽样框变化",
                "不在最新台账", "台账与CRM匹配", "数据问题");
        assertThat(book.row("汇总", 0, "户数")).contains(List.of("户数", "households", "6"));
        assertThat(book.row("汇总", 1, "excluded.BLACK")).contains(List.of("排除：黑色客户", "excluded.BLACK", "1"));
        assertThat(book.row("汇总", 0, "XXHY"))
                .contains(List.of("XXHY", "星河湾", "6", "2", "1", "2", "1", "4", "0", "0", "0", "0"));
        assertThat(book.row("已排除", 2, "3-2-1502")).contains(List.of("XXHY", "星河湾", "3-2-1502", "A区", "张三",
                "138****1234", "黑色客户", "CRM 2026-11-03 黑色客户，crm-1103.csv 第 4 行", "crm-1103.csv", "", "4",
                "2026-11-03"));
        assertThat(book.row("已排除", 2, "1-1-0101").orElseThrow().subList(6, 8))
                .containsExactly("未交房", "ERP 2026-11-27 未交房，erp-1127.csv 第 2 行");
        assertThat(book.row("已排除", 2, "1-1-0103").orElseThrow().subList(6, 8))
                .containsExactly("未入住", "ERP 2026-11-27 装修中，erp-1127.csv 第 4 行");
        assertThat(book.body("可抽样")).containsExactly(
                List.of("XXHY", "星河湾", "1-1-0105", "B区", "戊", "138****0005", "良好关系户"),
                List.of("XXHY", "星河湾", "1-1-0106", "B区", "=1+2", "138****0006", "普通客户"));
        assertThat(book.formulaCells()).isZero();
        assertThat(book.body("数据问题")).isEmpty();
        try (WorkbookLayout layout = WorkbookLayout.open(TestHome.DIR.resolve(WORKBOOK))) {
            layout.isListSheet("已排除", 0).columnFits("已排除", "依据").columnFits("已排除", "房号")
                    .isListSheet("可抽样", 0).isListSheet("数据问题", 0).isPrintable("汇总");
        }
    }

    @Test
    void roomsAreListedInTheOrderPeopleReadThem() throws IOException {
        // given: buildings 1, 2 and 10, rooms 0201 and 1101, in file order 10, 2, 1
        TestHome.dropCsv("erp", "erp-1127.csv", ROSTER_HEADER + """
                XXHY,星河湾,10,1,0101,A区,甲,,已交房,常住
                XXHY,星河湾,2,1,1101,A区,乙,,已交房,常住
                XXHY,星河湾,2,1,0201,A区,丙,,已交房,常住
                XXHY,星河湾,1,2,0101,A区,丁,,已交房,常住
                XXHY,星河湾,1,10,0101,A区,戊,,已交房,常住
                """);

        // when
        presampling(DECEMBER, NOV_27, "zh-CN");

        // then: numbers compare as numbers in the workbook and in the agency CSV
        List<String> natural = List.of("1-2-0101", "1-10-0101", "2-1-0201", "2-1-1101", "10-1-0101");
        assertThat(workbook(WORKBOOK).body("可抽样").stream().map(row -> row.get(2)).toList())
                .containsExactlyElementsOf(natural);
        assertThat(new String(bytes(CSV), StandardCharsets.UTF_8).lines().skip(1)
                .map(line -> line.split(",")[2]).toList()).containsExactlyElementsOf(natural);
    }

    @Test
    void agencyCsvIsUtf8WithBomMaskedAndFormulaSafe() throws IOException {
        dropCraftedCompany();

        presampling(DECEMBER, NOV_27, "zh-CN");

        byte[] csv = bytes(CSV);
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines()).containsExactly(
                "项目编码,项目名称,房号,片区,业主姓名,联系电话,客户类别",
                "XXHY,星河湾,1-1-0105,B区,戊,138****0005,良好关系户",
                "XXHY,星河湾,1-1-0106,B区,'=1+2,138****0006,普通客户");
    }

    @Test
    void englishReportNamesSheetsColumnsAndCodesInEnglish() throws IOException {
        dropCraftedCompany();

        presampling(DECEMBER, NOV_27, "zh-CN");
        RunSummary english = presampling(DECEMBER, NOV_27, "en");

        // the English files stand beside the Chinese ones, each in its own words
        assertThat(english.reports()).containsExactly(ENGLISH_WORKBOOK, ENGLISH_CSV);
        assertThat(workbook(WORKBOOK).sheetNames()).startsWith("汇总");
        assertThat(new String(bytes(CSV), StandardCharsets.UTF_8)).startsWith("\uFEFF项目编码");
        WorkbookCells book = workbook(ENGLISH_WORKBOOK);
        assertThat(book.sheetNames()).containsExactly("Summary", "Eligible", "Excluded", "Changes", "Frame diff",
                "Missing from roster", "ERP-CRM matching", "Data issues");
        assertThat(book.sheet("Excluded").get(0)).startsWith("Project", "Project name", "Room");
        assertThat(book.row("Excluded", 2, "3-2-1502").orElseThrow().subList(6, 8))
                .containsExactly("BLACK", "CRM 2026-11-03 BLACK, crm-1103.csv row 4");
        assertThat(new String(bytes(ENGLISH_CSV), StandardCharsets.UTF_8).lines().findFirst().orElseThrow())
                .isEqualTo("\uFEFFproject_code,project_name,room,zone,owner_name,phone,customer_class");
    }

    @Test
    void classIsTakenAsOfTheCutAndItsHistoryShowsEveryChange() {
        // given: 3-2-1502 marked BLACK then GOOD before the cut, 1-1-0101 marked BLACK after it
        StringBuilder roster = new StringBuilder(ROSTER_HEADER).append("""
                XXHY,星河湾,1,1,0101,A区,甲,13800000001,已交房,常住
                XXHY,星河湾,3,2,1502,A区,张三,13812341234,已交房,常住
                XXHY,星河湾,1,1,0103,A区,丙,13800000003,已交房,常住
                """);
        StringBuilder crm = new StringBuilder("""
                项目编码,房号,客户类别,标记日期,备注
                XXHY,1-1-0101,黑色客户,2026-11-28,
                XXHY,3-2-1502,黑色客户,2026-11-03,
                XXHY,3-2-1502,良好关系户,2026-11-05,
                XXHY,1-1-0103,黑色客户,2026-11-10,
                XXHY,9-9-9999,黑色客户,2026-11-10,
                """);
        for (int i = 1; i <= 20; i++) {
            roster.append(String.format("XXHY,星河湾,5,1,%04d,C区,业主%d,,已交房,常住%n", i, i));
            crm.append(String.format("XXHY,5-1-%04d,普通客户,2026-11-01,%n", i));
        }
        TestHome.dropCsv("erp", "erp-1127.csv", roster.toString());
        TestHome.dropCsv("crm", "crm-1120.csv", crm.toString());

        // when
        RunSummary summary = presampling(DECEMBER, NOV_27, "zh-CN");

        // then
        assertThat(summary.figures()).containsEntry("households", 23L).containsEntry("eligible", 22L)
                .containsEntry("excluded.BLACK", 1L)
                // FORMATS §5: 1-1-0101's mark of 2026-11-28 is after the cut, so not one of this run's changes
                .containsEntry("classChanges", 3L);
        assertThat(db.queryForList("SELECT CONCAT(room_key, ' ', outcome, ' ', customer_class) FROM sample_frame "
                + "WHERE room_key IN ('1-1-0101', '3-2-1502', '1-1-0103') ORDER BY room_key", String.class))
                .containsExactly("1-1-0101 ELIGIBLE NORMAL", "1-1-0103 BLACK BLACK", "3-2-1502 ELIGIBLE GOOD");
        WorkbookCells book = workbook(WORKBOOK);
        assertThat(book.body("本次变更")).containsExactly(
                List.of("XXHY", "1-1-0101", "客户类别", "普通客户", "黑色客户", "2026-11-28", "crm-1120.csv", "2", "否"),
                List.of("XXHY", "1-1-0103", "客户类别", "普通客户", "黑色客户", "2026-11-10", "crm-1120.csv", "5", "是"),
                List.of("XXHY", "3-2-1502", "客户类别", "普通客户", "黑色客户", "2026-11-03", "crm-1120.csv", "3", "是"),
                List.of("XXHY", "3-2-1502", "客户类别", "黑色客户", "良好关系户", "2026-11-05", "crm-1120.csv", "4", "是"));
        assertThat(book.row("台账与CRM匹配", 4, "9-9-9999").orElseThrow())
                .startsWith("crm-1120.csv", "", "6", "房号", "9-9-9999")
                .anySatisfy(cell -> assertThat(cell).startsWith("未知住户"));
        assertThat(book.row("台账与CRM匹配", 1, "3-2-1502")).contains(List.of("XXHY", "3-2-1502", "2",
                "2026-11-03 普通客户→黑色客户（crm-1120.csv 第 3 行）；2026-11-05 黑色客户→良好关系户（crm-1120.csv 第 4 行）"));
        assertThat(book.body("数据问题")).hasSize(1);
    }

    @Test
    void statusIsTakenAsOfTheCutAndMissingHouseholdsStayInTheFigures() {
        // given: 1-1-0107 turned vacant in the roster of Nov 20, which no longer lists 1-1-0109
        TestHome.dropCsv("erp", "erp-1101.csv", ROSTER_HEADER + """
                XXHY,星河湾,1,1,0101,A区,甲,13800000001,未交房,空置
                XXHY,星河湾,1,1,0107,A区,庚,13800000007,已交房,常住
                XXHY,星河湾,1,1,0108,A区,辛,13800000008,已交房,常住
                XXHY,星河湾,1,1,0109,A区,壬,13800000009,已交房,常住
                """);
        importAsOf(LocalDate.of(2026, 11, 1));
        TestHome.dropCsv("erp", "erp-1120.csv", ROSTER_HEADER + """
                XXHY,星河湾,1,1,0101,A区,甲,13800000001,未交房,空置
                XXHY,星河湾,1,1,0107,A区,庚,13800000007,已交房,空置
                XXHY,星河湾,1,1,0108,A区,辛,13800000008,已交房,常住
                """);
        importAsOf(LocalDate.of(2026, 11, 20));

        // when: a run as of a day before the change, then one after it
        RunSummary before = presampling(DECEMBER, LocalDate.of(2026, 11, 15), "zh-CN");
        assertThat(before.figures()).containsEntry("households", 4L).containsEntry("eligible", 3L)
                .containsEntry("excluded.NOT_DELIVERED", 1L).containsEntry("excluded.NOT_OCCUPIED", 0L);
        RunSummary after = presampling(DECEMBER, NOV_27, "zh-CN");

        // then
        assertThat(after.figures()).containsEntry("households", 4L).containsEntry("eligible", 2L)
                .containsEntry("excluded.NOT_DELIVERED", 1L).containsEntry("excluded.NOT_OCCUPIED", 1L)
                .containsEntry("statusChanges", 0L);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM sample_frame WHERE frame_month = '2026-12'", Integer.class))
                .isEqualTo(4);
        WorkbookCells book = workbook(WORKBOOK);
        assertThat(book.row("已排除", 2, "1-1-0107").orElseThrow().subList(6, 12)).containsExactly(
                "未入住", "ERP 2026-11-20 空置，erp-1120.csv 第 3 行", "erp-1120.csv", "", "3", "2026-11-20");
        assertThat(book.row("已排除", 2, "1-1-0101").orElseThrow().get(7))
                .isEqualTo("ERP 2026-11-01 未交房，erp-1101.csv");
        assertThat(book.body("不在最新台账")).containsExactly(List.of("XXHY", "星河湾", "1-1-0109", "A区", "壬",
                "138****0009", "erp-1101.csv", "2026-11-01", "erp-1120.csv", "可抽样"));
        assertThat(book.row("汇总", 0, "XXHY").orElseThrow().get(9)).isEqualTo("1");
    }

    @Test
    void frameDiffSaysWhoEnteredOrLeftSinceLastMonthAndWhy() {
        // given: November's frame, decided before the CRM marks of Nov 3
        dropCraftedCompany();
        presampling(YearMonth.of(2026, 11), LocalDate.of(2026, 10, 27), "zh-CN");
        TestHome.dropCsv("erp", "erp-1127.csv", CRAFTED_ROSTER + "XXHY,星河湾,1,1,0110,B区,癸,13800000010,已交房,常住\n");

        // when
        RunSummary december = presampling(DECEMBER, NOV_27, "zh-CN");

        // then
        assertThat(december.figures()).containsEntry("households", 7L).containsEntry("eligible", 3L)
                .containsEntry("classChanges", 0L);
        WorkbookCells book = workbook(WORKBOOK);
        assertThat(book.body("抽样框变化")).containsExactly(
                List.of("XXHY", "1-1-0110", "B区", "进入", "", "可抽样", "上月抽样框没有此户（此后才列入台账）"),
                List.of("XXHY", "3-2-1502", "A区", "退出", "可抽样", "黑色客户",
                        "本月排除（黑色客户）：CRM 2026-11-03 黑色客户，crm-1103.csv 第 4 行"));
        assertThat(book.row("汇总", 0, "进入抽样框")).contains(List.of("进入抽样框", "", "1"));
        assertThat(book.row("汇总", 0, "退出抽样框")).contains(List.of("退出抽样框", "", "1"));
        assertThat(book.row("汇总", 2, "本月排除：黑色客户")).contains(List.of("XXHY", "退出", "本月排除：黑色客户", "1"));
        assertThat(book.row("汇总", 0, "对比抽样框").orElseThrow().get(1)).isEqualTo("2026-11 抽样框（XXHY）");
    }

    @Test
    void reRunWithTheSameParametersGivesTheSameFiguresAndFiles() throws IOException {
        dropCraftedCompany();
        RunSummary first = presampling(DECEMBER, NOV_27, "zh-CN");
        WorkbookCells firstBook = workbook(WORKBOOK);
        byte[] firstCsv = bytes(CSV);

        RunSummary again = presampling(DECEMBER, NOV_27, "zh-CN");

        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.executionId()).isNotEqualTo(first.executionId());
        assertThat(again.figures()).isEqualTo(first.figures());
        assertThat(workbook(WORKBOOK)).isEqualTo(firstBook);
        assertThat(bytes(CSV)).isEqualTo(firstCsv);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM sample_frame", Integer.class)).isEqualTo(6);
    }

    @Test
    void runFailedOnAFileOverTheRejectRateRestartsOnceFixedAndEndsAsACleanRun() throws IOException {
        // given: a CRM file with 2 bad rows of 3
        TestHome.dropCsv("erp", "erp-1127.csv", CRAFTED_ROSTER);
        Path crm = TestHome.dropCsv("crm", "crm-1103.csv", """
                项目编码,房号,客户类别,标记日期,备注
                XXHY,3-2-1502,黑色客户,2026-11-03,投诉物业
                XXHY,1-1-0105,紫色客户,2026-11-04,
                XXHY,1-1-0102,黑色客户,2026-02-30,
                """);
        RunSummary failed = presampling(DECEMBER, NOV_27, "zh-CN");
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.message()).contains("crm-1103.csv").contains("66.67%");
        assertThat(TestHome.DIR.resolve(WORKBOOK)).doesNotExist();
        assertThat(crm).exists();

        // when: the file is fixed in the inbox and the run started again
        Files.writeString(crm, CRAFTED_CRM);
        RunSummary restarted = presampling(DECEMBER, NOV_27, "zh-CN");

        // then: it ends as a clean run with the fixed file does
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        WorkbookCells restartedBook = workbook(WORKBOOK);
        byte[] restartedCsv = bytes(CSV);

        flyway.clean();
        flyway.migrate();
        TestHome.clear();
        dropCraftedCompany();
        RunSummary clean = presampling(DECEMBER, NOV_27, "zh-CN");

        assertThat(clean.status()).isEqualTo("COMPLETED");
        assertThat(failed.dataIssues()).as("the refused file's bad rows").isEqualTo(2);
        assertThat(restarted.figures()).isEqualTo(clean.figures()).containsEntry("classChanges", 4L);
        assertThat(restarted.dataIssues()).isEqualTo(clean.dataIssues());
        assertThat(restarted.reports()).isEqualTo(clean.reports());
        assertThat(restartedBook).isEqualTo(workbook(WORKBOOK));
        assertThat(restartedCsv).isEqualTo(bytes(CSV));
    }

    @Test
    void runLimitedToOneProjectWritesItsOwnFilesAndLeavesOtherProjectsFrameAlone() {
        dropCraftedCompany();
        TestHome.dropCsv("erp", "erp-hy2.csv", ROSTER_HEADER + """
                HY2,海悦二期,8,1,0201,A区,子,13900000001,已交房,常住
                HY2,海悦二期,8,1,0202,A区,丑,13900000002,已交房,空置
                """);
        presampling(DECEMBER, NOV_27, "zh-CN");

        RunSummary hy2 = presampling(DECEMBER, NOV_27, "zh-CN", "HY2");

        assertThat(hy2.figures()).containsEntry("households", 2L).containsEntry("eligible", 1L)
                .containsEntry("excluded.NOT_OCCUPIED", 1L).containsEntry("classChanges", 0L);
        assertThat(hy2.reports()).containsExactly("reports/2026-12/presampling-cleanup-2026-12-HY2.xlsx",
                "reports/2026-12/sample-frame-2026-12-HY2.csv");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM sample_frame WHERE frame_month = '2026-12'", Integer.class))
                .isEqualTo(8);
        assertThat(presampling(DECEMBER, NOV_27, "zh-CN", "NOPE").message()).contains("unknown project NOPE");
    }
}
