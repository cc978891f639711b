package com.satops.visits;

import static com.satops.support.WorkbookCells.open;
import static com.satops.support.WorkbookCells.rows;
import static com.satops.support.WorkbookCells.sheetNames;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.report.WorkbookLayout;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * visit-assignment as a project office sees it, run on each database by its subclasses.
 *
 * <p>The crafted project XXHY: zone A区 (stewards S01, S02, 2 a month each), B区 (S03, default 120),
 * C区 (only S04, who has left), a project manager and a department head with 1 a month each; 16 delivered
 * households and one not delivered. Hand-computed lists are in each test.
 */
abstract class VisitAssignmentScenario extends FreshStart {

    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    static final LocalDate NOVEMBER_AS_OF = LocalDate.of(2026, 10, 26);
    static final LocalDate DECEMBER_AS_OF = LocalDate.of(2026, 11, 28);

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    RunSummary assign(YearMonth month, LocalDate asOf) {
        return runner.run(JobCatalog.VISIT_ASSIGNMENT.parameters(month, null, asOf, List.of(), "zh-CN", asOf));
    }

    static void dropProject() {
        StringBuilder roster = new StringBuilder("项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态\n");
        for (String room : List.of("1-1-0101", "1-1-0102", "1-1-0103", "1-1-0104", "1-1-0105", "1-1-0106",
                "1-1-0107", "1-1-0108")) {
            roster.append(rosterRow(room, "A区", "已交房", "常住"));
        }
        roster.append(rosterRow("1-1-0109", "A区", "未交房", "空置"));
        for (String room : List.of("2-1-0101", "2-1-0102", "2-1-0103", "2-1-0104")) {
            roster.append(rosterRow(room, "B区", "已交房", "出租"));
        }
        roster.append(rosterRow("2-1-0105", "B区", "已交房", "空置"));
        for (String room : List.of("3-1-0101", "3-1-0102", "3-1-0103")) {
            roster.append(rosterRow(room, "C区", "已交房", "常住"));
        }
        TestHome.dropCsv("erp", "erp-xxhy.csv", roster.toString());
        TestHome.dropCsv("staff", "staff-xxhy.csv", """
                工号,姓名,岗位,项目编码,片区,邮箱,月拜访指标,在职
                P1,钱经理,项目经理,XXHY,,pm@example.com,1,是
                D1,孙主管,部门负责人,XXHY,,d1@example.com,1,是
                S01,赵一,管家,XXHY,A区,s01@example.com,2,是
                S02,赵二,管家,XXHY,A区,,2,是
                S03,周三,管家,XXHY,B区,s03@example.com,,是
                S04,吴四,管家,XXHY,C区,s04@example.com,,否
                """);
        TestHome.dropCsv("surveys", "survey-2026-10.csv", """
                调查月份,项目编码,房号,评分
                2026-10,XXHY,2-1-0101,1
                2026-10,XXHY,1-1-0102,2
                2026-10,XXHY,1-1-0103,3
                2026-10,XXHY,1-1-0104,5
                """);
        TestHome.dropCsv("crm", "crm.csv", """
                项目编码,房号,客户类别,标记日期
                XXHY,1-1-0101,黑色客户,2026-10-05
                XXHY,3-1-0101,黑色客户,2026-11-10
                """);
    }

    private static String rosterRow(String room, String zone, String handover, String occupancy) {
        String[] parts = room.split("-");
        return String.join(",", "XXHY", "星河湾", parts[0], parts[1], parts[2], zone, "业主" + room,
                "1380000" + parts[2], handover, occupancy) + "\n";
    }

    /** Room key → 工号 of the month's assignments. */
    Map<String, String> takers(YearMonth month) {
        Map<String, String> takers = new LinkedHashMap<>();
        db.query("SELECT h.room_key, a.staff_no FROM visit_assignment a JOIN household h ON h.household_id = a.household_id"
                        + " WHERE a.assign_month = ? ORDER BY a.candidate_rank", rs -> {
                    takers.put(rs.getString(1), rs.getString(2));
                }, month.toString());
        return takers;
    }

    static Map<String, Long> figures(long households, long assigned, long steward, long deptHead, long manager,
                                     long covered, long remaining, long shortfall) {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("households", households);
        figures.put("assigned", assigned);
        figures.put("assigned.STEWARD", steward);
        figures.put("assigned.DEPT_HEAD", deptHead);
        figures.put("assigned.PROJECT_MANAGER", manager);
        figures.put("quarterCovered", covered);
        figures.put("quarterRemaining", remaining);
        figures.put("shortfall", shortfall);
        return figures;
    }

    @Test
    void quotasPrioritiesAndZoneBoundariesDecideWhoVisitsWhom() throws IOException {
        // given
        dropProject();

        // when
        RunSummary summary = assign(NOVEMBER, NOVEMBER_AS_OF);

        // then: list order 1-1-0101 (BLACK), 2-1-0101 (scored 1), 1-1-0102 (2), 1-1-0103 (3), then never
        // visited by room. P1 and D1 (1 each) take the top two; A区's stewards take turns up to 2 each;
        // S03 (default 120) takes all of B区; C区 has no active steward and waits, like A区's rest.
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsExactlyEntriesOf(figures(16, 10, 8, 1, 1, 0, 6, 1));
        assertThat(takers(NOVEMBER)).containsExactly(
                Map.entry("1-1-0101", "P1"), Map.entry("2-1-0101", "D1"),
                Map.entry("1-1-0102", "S01"), Map.entry("1-1-0103", "S02"),
                Map.entry("1-1-0104", "S01"), Map.entry("1-1-0105", "S02"),
                Map.entry("2-1-0102", "S03"), Map.entry("2-1-0103", "S03"),
                Map.entry("2-1-0104", "S03"), Map.entry("2-1-0105", "S03"));
        assertThat(db.queryForList("SELECT priority FROM visit_assignment ORDER BY candidate_rank", String.class))
                .startsWith("BLACK", "LOW_SCORE", "LOW_SCORE", "LOW_SCORE", "COVERAGE");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM visit_assignment WHERE staff_no = 'S04'", Integer.class))
                .isZero();
        assertThat(db.queryForObject("SELECT assignment_id FROM visit_assignment a JOIN household h"
                + " ON h.household_id = a.household_id WHERE h.room_key = '1-1-0101'", String.class))
                .matches("V202611-XXHY-\\d{6}");

        Path workbook = TestHome.reports().resolve("2026-11/visit-assignment-2026-11-XXHY.xlsx");
        assertThat(summary.reports()).containsExactly("reports/2026-11/visit-assignment-2026-11-XXHY.xlsx");
        try (XSSFWorkbook book = open(workbook)) {
            assertThat(sheetNames(book)).containsExactly("汇总", "P1 钱经理", "D1 孙主管", "S01 赵一", "S02 赵二",
                    "S03 周三", "数据问题");
            List<List<String>> overview = rows(book.getSheetAt(0));
            assertThat(overview).noneMatch(row -> row.contains("任务编号"));
            assertThat(overview).anyMatch(row -> row.equals(List.of("缺口预测", "1")));
            assertThat(overview).anyMatch(row -> row.size() > 7 && row.subList(0, 7)
                    .equals(List.of("S02", "赵二", "管家", "A区", "是", "2", "2")));
            assertThat(overview).anyMatch(row -> row.size() > 5 && row.subList(0, 7)
                    .equals(List.of("S04", "吴四", "管家", "C区", "否", "", "0")));
            int section = indexOf(overview, "无在职管家的片区");
            assertThat(overview.get(section + 2)).startsWith("C区", "3", "3", "0", "3");

            List<List<String>> s01 = rows(book.getSheet("S01 赵一"));
            assertThat(s01.get(0)).startsWith("任务编号", "项目编码", "房号", "拜访日期", "拜访方式", "业主评分", "业主诉求");
            assertThat(s01).hasSize(3);
            List<String> first = s01.get(1);
            assertThat(first.get(1)).isEqualTo("XXHY");
            assertThat(first.get(2)).isEqualTo("1-1-0102");
            assertThat(first.subList(3, 7)).allMatch(String::isEmpty);
            assertThat(first).contains("138****0102", "2", "最近满意度评分 2，每月拜访");
        }
        try (WorkbookLayout layout = WorkbookLayout.open(workbook)) {
            layout.isListSheet("S01 赵一", 0).columnFits("S01 赵一", "任务编号").columnFits("S01 赵一", "房号")
                    .isPrintable("汇总").isListSheet("数据问题", 0);
            // S02 has a list and no email: the summary names them, the run summary counts them
            List<List<String>> overview = rows(layout.sheet("汇总"));
            int unmailed = indexOf(overview, "未发送邮件的人员（没有邮箱）");
            assertThat(overview.get(unmailed + 2)).startsWith("S02", "赵二", "管家", "XXHY",
                    "visit-assignment-2026-11-XXHY-S02.xlsx");
        }
        assertThat(summary.staffWithoutEmail()).isEqualTo(1);
        assertThat(TestHome.reports().resolve("2026-11/visit-assignment-2026-11-XXHY-S01.xlsx")).exists();
        assertThat(TestHome.reports().resolve("2026-11/visit-assignment-2026-11-XXHY-S04.xlsx")).doesNotExist();
        // S01's two rows take 上门 or 电话 and a score of 1 to 5, in their own workbook and in the project's
        Path own = TestHome.reports().resolve("2026-11/visit-assignment-2026-11-XXHY-S01.xlsx");
        try (XSSFWorkbook book = open(own)) {
            assertThat(sheetNames(book)).containsExactly("说明", "S01 赵一", "数据问题");
            assertThat(resultChecks(book.getSheet("S01 赵一"))).containsExactly(
                    "E2:E3 one of [上门, 电话]", "F2:F3 whole 1 to 5");
        }
        try (XSSFWorkbook book = open(workbook)) {
            assertThat(resultChecks(book.getSheet("S01 赵一"))).containsExactly(
                    "E2:E3 one of [上门, 电话]", "F2:F3 whole 1 to 5");
        }

        // one mail per person with an email and a list: P1, D1, S01, S03 (S02 has no email, S04 has left)
        assertThat(summary.mails()).isEqualTo(4);
        assertThat(db.queryForList("SELECT recipient FROM mail_outbox ORDER BY recipient", String.class))
                .containsExactly("d1@example.com", "pm@example.com", "s01@example.com", "s03@example.com");
        assertThat(emlFiles()).hasSize(4);
        assertThat(db.queryForObject("SELECT attachment_path FROM mail_outbox WHERE recipient = 's01@example.com'",
                String.class)).endsWith("visit-assignment-2026-11-XXHY-S01.xlsx");
    }

    @Test
    void resultsImportedInOctoberCountAsCoverageForNovemberAndTheQuartersLastMonth() {
        // given: October visits of 1-1-0101 (BLACK), 1-1-0106, 3-1-0102; 2-1-0102 was visited in September
        dropProject();
        TestHome.dropCsv("visits", "visits-2026-10.csv", """
                任务编号,项目编码,房号,拜访日期,拜访方式,业主评分,业主诉求
                ,XXHY,1-1-0106,2026-10-10,上门,4,
                ,XXHY,3-1-0102,2026-10-12,电话,5,
                ,XXHY,1-1-0101,2026-10-20,上门,2,物业费
                ,XXHY,2-1-0102,2026-09-28,上门,4,
                """);

        // when
        RunSummary november = assign(NOVEMBER, NOVEMBER_AS_OF);

        // then: 3 covered. The BLACK household is on the list although covered; 1-1-0106 and 3-1-0102 are not.
        // Assigned 10 (9 of them not covered): remaining 16 - 3 - 9 = 4 (A区 0107 0108, C区 0101 0103).
        // December: A区 stewards can reach 2 of A's 2, the managers 2 of C's 2: shortfall 0.
        assertThat(november.figures()).containsExactlyEntriesOf(figures(16, 10, 8, 1, 1, 3, 4, 0));
        assertThat(takers(NOVEMBER)).containsKey("1-1-0101").doesNotContainKeys("1-1-0106", "3-1-0102")
                .containsEntry("2-1-0102", "S03");
        assertThat(new ArrayList<>(takers(NOVEMBER).keySet())).endsWith("2-1-0102");

        // when: December, the quarter's last month, as of 2026-11-28 (3-1-0101 is BLACK since 2026-11-10)
        RunSummary december = assign(DECEMBER, LocalDate.of(2026, 11, 26));

        // then: P1 takes 3-1-0101 (BLACK, never visited, before 1-1-0101 visited in October), D1 1-1-0101;
        // S03 takes B区's five; A区 0107 0108 and C区 0103 are left: shortfall = quarterRemaining = 3
        assertThat(december.figures()).containsExactlyEntriesOf(figures(16, 11, 9, 1, 1, 3, 3, 3));
        assertThat(takers(DECEMBER)).containsEntry("3-1-0101", "P1").containsEntry("1-1-0101", "D1")
                .doesNotContainKeys("1-1-0107", "1-1-0108", "3-1-0103");
        // November's lists stay as they were
        assertThat(takers(NOVEMBER)).hasSize(10);
    }

    @Test
    void reRunningTheMonthGivesTheSameListsAndNoSecondMail() throws IOException {
        // given
        dropProject();
        RunSummary first = assign(NOVEMBER, NOVEMBER_AS_OF);
        List<Map<String, Object>> issued = db.queryForList(
                "SELECT assignment_id, household_id, staff_no, candidate_rank FROM visit_assignment ORDER BY assignment_id");

        // when
        RunSummary again = assign(NOVEMBER, NOVEMBER_AS_OF);

        // then
        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.executionId()).isNotEqualTo(first.executionId());
        assertThat(again.figures()).isEqualTo(first.figures());
        assertThat(db.queryForList(
                "SELECT assignment_id, household_id, staff_no, candidate_rank FROM visit_assignment ORDER BY assignment_id"))
                .isEqualTo(issued);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM mail_outbox", Integer.class)).isEqualTo(4);
        assertThat(emlFiles()).hasSize(4);
        assertThat(again.reports()).isEqualTo(first.reports());
    }

    @Test
    void theFilledInWorkbookComesBackAsVisitResultsAndCountsAsCoverage() throws IOException {
        // given: November's lists, S01 visited 1-1-0102 and 1-1-0104 and filled in their rows
        dropProject();
        assign(NOVEMBER, NOVEMBER_AS_OF);
        Path issued = TestHome.reports().resolve("2026-11/visit-assignment-2026-11-XXHY.xlsx");
        Path returned = TestHome.inbox("visits").resolve("visit-assignment-2026-11-XXHY-returned.xlsx");
        try (XSSFWorkbook book = open(issued)) {
            Sheet s01 = book.getSheet("S01 赵一");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            for (Row row : s01) {
                String room = row.getCell(2).getStringCellValue();
                if (room.equals("1-1-0102")) {
                    row.createCell(3).setCellValue(LocalDate.of(2026, 11, 5));
                    row.getCell(3).setCellStyle(date);
                    row.createCell(4).setCellValue("上门");
                    row.createCell(5).setCellValue(4);
                    row.createCell(6).setCellValue("楼道灯坏了");
                } else if (room.equals("1-1-0104")) {
                    row.createCell(3).setCellValue("2026/11/12");
                    row.createCell(4).setCellValue("电话");
                }
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                book.write(out);
            }
        }

        // when: December's run imports the returned workbook first
        RunSummary december = assign(DECEMBER, DECEMBER_AS_OF);

        // then: two results keyed by their 任务编号; no data issue for the rows left blank
        assertThat(december.status()).isEqualTo("COMPLETED");
        assertThat(december.dataIssues()).isZero();
        assertThat(db.queryForList("SELECT CONCAT(h.room_key, ' ', r.visited_on, ' ', r.assignment_id)"
                        + " FROM visit_result r JOIN household h ON h.household_id = r.household_id ORDER BY h.room_key",
                String.class)).containsExactly(
                "1-1-0102 2026-11-05 " + assignmentId(NOVEMBER, "1-1-0102"),
                "1-1-0104 2026-11-12 " + assignmentId(NOVEMBER, "1-1-0104"));
        assertThat(db.queryForObject("SELECT owner_score FROM visit_result WHERE visited_on = '2026-11-05'",
                Integer.class)).isEqualTo(4);
        // covered: 1-1-0102 (still on the list: it scored 2) and 1-1-0104 (not any more). Assigned 11, 10 of
        // them not covered: remaining 16 - 2 - 10 = 4, all of it short in the quarter's last month.
        assertThat(december.figures()).containsExactlyEntriesOf(figures(16, 11, 9, 1, 1, 2, 4, 4));
        assertThat(takers(DECEMBER)).containsEntry("1-1-0102", "S01").doesNotContainKey("1-1-0104")
                .containsEntry("1-1-0101", "P1").containsEntry("3-1-0101", "D1");
        try (XSSFWorkbook book = open(TestHome.reports().resolve("2026-12/visit-assignment-2026-12-XXHY.xlsx"))) {
            List<List<String>> overview = rows(book.getSheetAt(0));
            // S01's lists of this quarter came back for two households
            assertThat(overview).anyMatch(row -> row.size() > 10 && row.get(0).equals("S01") && row.get(10).equals("2"));
        }
    }

    @Test
    void aReturnedRowWithADateThatDoesNotExistIsListedInTheNextWorkbooksDataIssues() throws IOException {
        // given: S01 wrote 2026-02-30 for 1-1-0102 and added eleven visits made outside the list (blank 任务编号),
        // so one bad row of 21 stays under the reject rate
        dropProject();
        assign(NOVEMBER, NOVEMBER_AS_OF);
        Path issued = TestHome.reports().resolve("2026-11/visit-assignment-2026-11-XXHY.xlsx");
        Path returned = TestHome.inbox("visits").resolve("visit-assignment-2026-11-XXHY-returned.xlsx");
        try (XSSFWorkbook book = open(issued)) {
            Sheet s01 = book.getSheet("S01 赵一");
            for (Row row : s01) {
                if (row.getCell(2).getStringCellValue().equals("1-1-0102")) {
                    row.createCell(3).setCellValue("2026-02-30");
                }
            }
            List<String> rooms = List.of("1-1-0101", "1-1-0103", "1-1-0105", "1-1-0106", "1-1-0107", "1-1-0108",
                    "2-1-0101", "2-1-0102", "2-1-0103", "3-1-0102", "3-1-0103");
            for (String room : rooms) {
                Row row = s01.createRow(s01.getLastRowNum() + 1);
                row.createCell(1).setCellValue("XXHY");
                row.createCell(2).setCellValue(room);
                row.createCell(3).setCellValue("2026-11-20");
            }
            try (OutputStream out = Files.newOutputStream(returned)) {
                book.write(out);
            }
        }

        // when
        RunSummary december = assign(DECEMBER, DECEMBER_AS_OF);

        // then: the project workbook and S01's own list both show the row as Excel numbers it
        assertThat(december.status()).isEqualTo("COMPLETED");
        assertThat(december.dataIssues()).isEqualTo(1);
        for (String file : List.of("visit-assignment-2026-12-XXHY.xlsx", "visit-assignment-2026-12-XXHY-S01.xlsx")) {
            try (XSSFWorkbook book = open(TestHome.reports().resolve("2026-12").resolve(file))) {
                List<List<String>> issues = rows(book.getSheet("数据问题"));
                assertThat(issues.get(0)).containsExactly("文件", "工作表", "行号", "列", "值", "原因", "整行跳过");
                assertThat(issues).hasSize(2);
                assertThat(issues.get(1)).startsWith("visit-assignment-2026-11-XXHY-returned.xlsx", "S01 赵一", "2");
                assertThat(issues.get(1)).contains("2026-02-30", "是");
            }
        }
    }

    @Test
    void aProjectsWorkbooksListItsOwnDataIssuesAndThoseNamingNoKnownProjectNotAnotherProjects() throws IOException {
        // given: besides XXHY, a project LJY whose roster names it by code only and whose department head's
        // email is no address; a survey file with a bad 调查日期 of XXHY and a row of a project nobody knows
        // (one bad row of 23, under the reject rate); and a folder in inbox/crm/, which is no file
        dropProject();
        TestHome.dropCsv("erp", "erp-ljy.csv", """
                项目编码,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态
                LJY,1,1,0101,A区,业主甲,13900000101,已交房,常住
                LJY,1,1,0102,A区,业主乙,13900000102,已交房,常住
                LJY,1,1,0103,A区,业主丙,13900000103,已交房,常住
                LJY,1,1,0104,A区,业主丁,13900000104,已交房,常住
                LJY,1,1,0105,A区,业主戊,13900000105,已交房,常住
                """);
        TestHome.dropCsv("staff", "staff-ljy.csv", """
                工号,姓名,岗位,项目编码,片区,邮箱,月拜访指标,在职
                L01,郑一,管家,LJY,A区,l01@example.com,2,是
                L02,王主管,部门负责人,LJY,,not-an-email,1,是
                """);
        StringBuilder surveys = new StringBuilder("调查月份,项目编码,房号,评分,调查日期\n");
        for (String room : List.of("1-1-0101", "1-1-0102", "1-1-0103", "1-1-0104", "1-1-0105", "1-1-0106",
                "1-1-0107", "1-1-0108", "1-1-0109", "2-1-0101", "2-1-0102", "2-1-0103", "2-1-0104", "2-1-0105",
                "3-1-0101", "3-1-0102")) {
            surveys.append("2026-09,XXHY,").append(room).append(",5,2026-09-10\n");
        }
        surveys.append("2026-09,XXHY,3-1-0103,5,someday\n");
        for (String room : List.of("1-1-0101", "1-1-0102", "1-1-0103", "1-1-0104", "1-1-0105")) {
            surveys.append("2026-09,LJY,").append(room).append(",5,2026-09-10\n");
        }
        surveys.append("2026-09,NOPE,1-1-0101,5,2026-09-10\n");
        TestHome.dropCsv("surveys", "survey-2026-09.csv", surveys.toString());
        Files.createDirectories(TestHome.inbox("crm").resolve("old"));

        // when
        RunSummary november = assign(NOVEMBER, NOVEMBER_AS_OF);

        // then: each issue is recorded with the 项目编码 of its row, by a row's check or a check of the merge
        assertThat(november.status()).isEqualTo("COMPLETED");
        assertThat(november.dataIssues()).as("the run's count is still the whole run's").isEqualTo(5);
        Map<String, String> projectOf = new LinkedHashMap<>();
        db.query("SELECT file_name, cell_value, project_code FROM data_issue ORDER BY issue_id",
                rs -> { projectOf.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3)); });
        assertThat(projectOf).containsOnly(Map.entry("survey-2026-09.csv|someday", "XXHY"),
                Map.entry("staff-ljy.csv|not-an-email", "LJY"), Map.entry("erp-ljy.csv|LJY", "LJY"),
                Map.entry("survey-2026-09.csv|NOPE", "NOPE"), entryWithNoProject("old|null"));

        // and each project's workbooks, the project's and a personal one alike, list that project's issues and
        // those naming no known project, not the other project's
        Path reports = TestHome.reports().resolve("2026-11");
        for (String file : List.of("visit-assignment-2026-11-XXHY.xlsx", "visit-assignment-2026-11-XXHY-S01.xlsx")) {
            assertThat(listedIssues(reports.resolve(file))).as(file).containsExactlyInAnyOrder(
                    "survey-2026-09.csv|someday", "survey-2026-09.csv|NOPE", "old|");
        }
        for (String file : List.of("visit-assignment-2026-11-LJY.xlsx", "visit-assignment-2026-11-LJY-L01.xlsx")) {
            assertThat(listedIssues(reports.resolve(file))).as(file).containsExactlyInAnyOrder(
                    "staff-ljy.csv|not-an-email", "erp-ljy.csv|LJY", "survey-2026-09.csv|NOPE", "old|");
        }
    }

    private static Map.Entry<String, String> entryWithNoProject(String key) {
        return new java.util.AbstractMap.SimpleEntry<>(key, null);
    }

    /** File and value of each row of a workbook's data-issue sheet. */
    private static List<String> listedIssues(Path workbook) throws IOException {
        try (XSSFWorkbook book = open(workbook)) {
            List<List<String>> issues = rows(book.getSheet("数据问题"));
            assertThat(issues.get(0)).containsExactly("文件", "工作表", "行号", "列", "值", "原因", "整行跳过");
            return issues.subList(1, issues.size()).stream()
                    .map(row -> row.get(0) + "|" + (row.size() > 4 ? row.get(4) : "")).toList();
        }
    }

    String assignmentId(YearMonth month, String room) {
        return db.queryForObject("SELECT a.assignment_id FROM visit_assignment a JOIN household h"
                + " ON h.household_id = a.household_id WHERE a.assign_month = ? AND h.room_key = ?",
                String.class, month.toString(), room);
    }

    static int indexOf(List<List<String>> rows, String firstCell) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(firstCell)) {
                return i;
            }
        }
        throw new AssertionError("no row starting with " + firstCell);
    }

    static List<Path> emlFiles() throws IOException {
        if (!Files.exists(TestHome.outbox())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(TestHome.outbox())) {
            return files.filter(f -> f.toString().endsWith(".eml")).toList();
        }
    }

    /** A sheet's data validations: the cells, then the choices of a drop-down or a whole number's bounds. */
    private static List<String> resultChecks(XSSFSheet sheet) {
        List<String> checks = new ArrayList<>();
        for (XSSFDataValidation check : sheet.getDataValidations()) {
            DataValidationConstraint constraint = check.getValidationConstraint();
            String cells = check.getRegions().getCellRangeAddresses()[0].formatAsString();
            checks.add(constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST
                    ? cells + " one of " + List.of(constraint.getExplicitListValues())
                    : constraint.getValidationType() == DataValidationConstraint.ValidationType.INTEGER
                    ? cells + " whole " + constraint.getFormula1() + " to " + constraint.getFormula2()
                    : cells + " type " + constraint.getValidationType());
        }
        return checks;
    }
}
