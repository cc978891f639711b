package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** FORMATS §1–2 input rules on files shaped like real exports, run on each database by its subclasses. */
abstract class InboxInputRulesScenario extends FreshStart {

    private static final String TITLE = "XX项目房屋台账 导出时间 2026-11-20\n";
    private static final String CRM_HEADER = "项目编码,房号,客户类别,标记日期,备注\n";
    private static final int TEN_MB = 10 * 1024 * 1024;

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @TempDir
    Path outside;

    RunSummary importNow(String locale) {
        return runner.run(JobCatalog.IMPORT.parameters(null, null, InboxRows.AS_OF, List.of(), locale,
                InboxRows.AS_OF));
    }

    /** A roster of 40 households 1-1-0001 … 1-1-0040 of XXHY, below a title row. */
    static String roster() {
        return TITLE + InboxImportScenario.header() + InboxImportScenario.rows(40);
    }

    static String crmMarks(int count) {
        StringBuilder rows = new StringBuilder(CRM_HEADER);
        for (int i = 1; i <= count; i++) {
            rows.append(String.format("XXHY,1-1-%04d,良好关系户,2026-11-03,已回访%n", i));
        }
        return rows.toString();
    }

    /** Text that compresses like real text: a cell of one repeated letter would trip the zip-bomb guard. */
    static String randomLetters(int length) {
        SplittableRandom random = new SplittableRandom(7);
        char[] letters = new char[length];
        for (int i = 0; i < length; i++) {
            letters[i] = (char) ('a' + random.nextInt(26));
        }
        return new String(letters);
    }

    @Test
    void overLongValuesAreBadValuesOfTheirRowsAndEverythingElseApplies() {
        // given: a 300-character owner name in a roster, a 10 MB note in a CSV, a 10 MB reason in a workbook
        TestHome.dropCsv("erp", "erp-xxhy.csv", roster()
                + "XXHY,星河湾,1,1,0041,A区," + "欧阳".repeat(150) + ",13800000041,已交房,常住\n");
        TestHome.dropCsv("crm", "crm-1103.csv", crmMarks(25)
                + "XXHY,1-1-0026,黑色客户,2026-11-03," + "x".repeat(TEN_MB) + "\n");
        List<List<Object>> responses = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            responses.add(List.of("2026-10", "XXHY", String.format("1-1-%04d", i), 4, ""));
        }
        responses.add(List.of("2026-10", "XXHY", "1-1-0026", 2, "REASON-PLACEHOLDER"));
        Path workbook = ExportWorkbook.write(TestHome.inbox("surveys").resolve("survey-2026-10.xlsx"),
                "2026年10月满意度调查结果", List.of("调查月份", "项目编码", "房号", "评分", "不满意原因"), responses);
        ExportWorkbook.replaceSharedString(workbook, "REASON-PLACEHOLDER", randomLetters(TEN_MB));

        // when
        RunSummary summary = importNow("zh-CN");

        // then: each is a bad value of its row, named with its length and the column's limit
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(db.queryForList("SELECT file_name, row_no, column_name, reason_arg0, reason_arg1, row_skipped"
                        + " FROM data_issue WHERE reason_key = 'inbox.value.tooLong' ORDER BY file_name"))
                .extracting(r -> tuple(r.get("FILE_NAME"), r.get("ROW_NO"), r.get("COLUMN_NAME"), r.get("REASON_ARG0"),
                        r.get("REASON_ARG1"), r.get("ROW_SKIPPED")))
                .containsExactly(
                        tuple("crm-1103.csv", 27, "备注", String.valueOf(TEN_MB), "2000", true),
                        tuple("erp-xxhy.csv", 43, "业主姓名", "300", "200", true),
                        tuple("survey-2026-10.xlsx", 29, "不满意原因", String.valueOf(TEN_MB), "4000", true));
        assertThat(db.queryForObject("SELECT reason FROM data_issue WHERE file_name = 'erp-xxhy.csv'", String.class))
                .isEqualTo("内容有 300 个字符，超过本列上限 200 个字符");
        // everything else applies
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(40);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Integer.class)).isEqualTo(25);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(25);
        assertThat(db.queryForList("SELECT status FROM imported_file", String.class)).containsOnly("APPLIED");
    }

    @Test
    void aGeneralFormatNumberInADateColumnIsABadValueAndADateCellIsADate() {
        TestHome.dropCsv("erp", "erp-xxhy.csv", roster());
        List<List<Object>> marks = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            marks.add(List.of("XXHY", String.format("1-1-%04d", i), "黑色客户", LocalDate.of(2026, 11, 3)));
        }
        marks.add(List.of("XXHY", "1-1-0025", "黑色客户", "2026/11/3"));
        marks.add(List.of("XXHY", "1-1-0026", "黑色客户", 46300));
        ExportWorkbook.write(TestHome.inbox("crm").resolve("crm-1103.xlsx"), "客户分类导出",
                List.of("项目编码", "房号", "客户类别", "标记日期"), marks);

        RunSummary summary = importNow("zh-CN");

        assertThat(summary.status()).isEqualTo("COMPLETED");
        Map<String, Object> issue = db.queryForMap("SELECT row_no, column_name, cell_value, reason_key, reason"
                + " FROM data_issue");
        assertThat(issue).containsEntry("ROW_NO", 29).containsEntry("COLUMN_NAME", "标记日期")
                .containsEntry("CELL_VALUE", "46300").containsEntry("REASON_KEY", "inbox.value.notDate")
                .containsEntry("REASON", "不是日期：46300");
        assertThat(db.queryForList("SELECT DISTINCT marked_on FROM class_mark", LocalDate.class))
                .containsExactly(LocalDate.of(2026, 11, 3));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Integer.class)).isEqualTo(25);
    }

    @Test
    void unreadableFilesAreRefusedSayingWhatTheyAreAndNothingInTheFolderIsPassedOverInSilence() throws Exception {
        // given
        TestHome.dropCsv("erp", "erp-xxhy.csv", roster());
        TestHome.dropCsv("crm", "crm-1103.csv", crmMarks(3));
        Files.write(TestHome.inbox("crm").resolve("crm-empty.csv"), new byte[0]);
        try (HSSFWorkbook book = new HSSFWorkbook();
             OutputStream out = Files.newOutputStream(TestHome.inbox("crm").resolve("crm-old.xls"))) {
            book.createSheet("客户分类").createRow(0).createCell(0).setCellValue("项目编码");
            book.write(out);
        }
        TestHome.dropCsv("crm", "crm-utf16.csv", crmMarks(3), StandardCharsets.UTF_16);
        byte[] marks = crmMarks(3).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        int cut = CRM_HEADER.getBytes(StandardCharsets.UTF_8).length + "XXHY,1-1-0001,".length() + 1;
        broken.write(marks, 0, cut);
        broken.write(marks, cut + 1, marks.length - cut - 1);
        Files.write(TestHome.inbox("crm").resolve("crm-broken.csv"), broken.toByteArray());
        TestHome.dropCsv("crm", ".crm-draft.csv", crmMarks(3));
        Files.createDirectories(TestHome.inbox("crm").resolve("archive"));
        TestHome.dropCsv("crm", "archive/crm-1001.csv", crmMarks(3));
        Path secret = Files.writeString(outside.resolve("secret.csv"), crmMarks(3));
        Files.createSymbolicLink(TestHome.inbox("crm").resolve("crm-link.csv"), secret);

        // when
        RunSummary summary = importNow("zh-CN");

        // then: the good files apply and the run completes
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsEntry("rejectedFiles", 4L);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Integer.class)).isEqualTo(3);
        // each refused file says what it is
        Path rejected = TestHome.DIR.resolve("inbox/rejected");
        assertThat(Files.readString(rejected.resolve("crm-empty.csv.error.txt"))).contains("空文件");
        assertThat(Files.readString(rejected.resolve("crm-old.xls.error.txt"))).contains("旧版").contains(".xlsx");
        assertThat(Files.readString(rejected.resolve("crm-utf16.csv.error.txt"))).contains("UTF-16");
        assertThat(Files.readString(rejected.resolve("crm-broken.csv.error.txt")))
                .contains("第 2 行").contains("不是有效的 UTF-8").contains("GB18030");
        assertThat(db.queryForList("SELECT reason_key FROM data_issue WHERE file_id IS NOT NULL ORDER BY file_name",
                String.class)).containsExactly("inbox.file.brokenUtf8", "inbox.file.empty", "inbox.file.oldXls",
                "inbox.file.utf16");
        // what is not read is said so; the link out of the inbox is refused, and what it points at untouched
        assertThat(db.queryForList("SELECT file_name, reason_key FROM data_issue WHERE file_id IS NULL"
                        + " ORDER BY file_name"))
                .extracting(r -> tuple(r.get("FILE_NAME"), r.get("REASON_KEY")))
                .containsExactly(tuple(".crm-draft.csv", "inbox.scan.hidden"), tuple("archive", "inbox.scan.subfolder"),
                        tuple("crm-link.csv", "inbox.scan.linkOutside"));
        assertThat(db.queryForObject("SELECT reason FROM data_issue WHERE file_name = 'archive'", String.class))
                .isEqualTo("未读取：archive 是子文件夹；文件须直接放在 inbox/crm/ 下");
        assertThat(TestHome.inbox("crm").resolve(".crm-draft.csv")).exists();
        assertThat(TestHome.inbox("crm").resolve("archive/crm-1001.csv")).exists();
        assertThat(rejected.resolve("crm-link.csv")).isSymbolicLink();
        assertThat(secret).hasContent(crmMarks(3));
    }

    @Test
    void aProjectFirstListedWithoutItsNameTakesItsCodeUntilARosterNamesIt() {
        StringBuilder unnamed = new StringBuilder(TITLE + InboxImportScenario.header());
        for (int i = 1; i <= 20; i++) {
            unnamed.append(String.format("NEWP,,2,1,%04d,A区,,,已交房,常住%n", i));
        }
        TestHome.dropCsv("erp", "erp-newp.csv", unnamed.toString());
        TestHome.dropCsv("erp", "erp-xxhy.csv", roster());

        RunSummary first = importNow("zh-CN");

        assertThat(first.status()).isEqualTo("COMPLETED");
        assertThat(db.queryForObject("SELECT project_name FROM project WHERE project_code = 'NEWP'", String.class))
                .isEqualTo("NEWP");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household WHERE project_code = 'NEWP'", Integer.class))
                .isEqualTo(20);
        assertThat(db.queryForList("SELECT file_name, row_no, column_name, cell_value, row_skipped, reason"
                + " FROM data_issue"))
                .extracting(r -> tuple(r.get("FILE_NAME"), r.get("ROW_NO"), r.get("COLUMN_NAME"), r.get("CELL_VALUE"),
                        r.get("ROW_SKIPPED"), r.get("REASON")))
                .containsExactly(tuple("erp-newp.csv", 3, "项目名称", "NEWP", false,
                        "项目 NEWP 首次出现且没有项目名称，暂以项目编码作为名称，直到房屋台账写明项目名称"));
        assertThat(db.queryForObject("SELECT bad_rows FROM imported_file WHERE file_name = 'erp-newp.csv'",
                Integer.class)).isZero();

        // a later roster names it
        TestHome.dropCsv("erp", "erp-newp-12.csv", TITLE + InboxImportScenario.header()
                + "NEWP,新星花园,2,1,0001,A区,,,已交房,常住\n");
        importNow("zh-CN");

        assertThat(db.queryForObject("SELECT project_name FROM project WHERE project_code = 'NEWP'", String.class))
                .isEqualTo("新星花园");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM data_issue", Integer.class)).isEqualTo(1);
    }

    @Test
    void theListingOfARefusedFilesBadRowsMasksPhonesAsTheDataIssueSheetDoes() throws Exception {
        String tooLongPhone = "13812341234".repeat(6) + "5678";
        TestHome.dropCsv("erp", "erp-xxhy.csv", InboxImportScenario.header()
                + "XXHY,星河湾,1,1,0001,A区,业主1," + tooLongPhone + ",已交房,常住\n"
                + "XXHY,星河湾,1,1,0002,,业主2,13800000002,已交房,常住\n");

        RunSummary summary = importNow("zh-CN");

        assertThat(summary.status()).isEqualTo("FAILED");
        String errors = Files.readString(TestHome.inbox("erp").resolve("erp-xxhy.csv.errors.csv"));
        assertThat(errors).doesNotContain(tooLongPhone).contains(",联系电话,138****5678,");
    }

    @Test
    void aFileRefusedOverTheRejectRateListsItsBadRowsInTheRunsLanguage() throws Exception {
        TestHome.dropCsv("erp", "erp-xxhy.csv", roster());
        TestHome.dropCsv("crm", "crm-1120.csv", CRM_HEADER
                + "XXHY,1-1-0001,黑色客户,2026-11-03,\n"
                + "XXHY,1-1-0002,黑色客户,2026-02-30,\n"
                + "XXHY,9-9-9999,黑色客户,2026-11-03,\n");

        RunSummary summary = importNow("en");

        assertThat(summary.status()).isEqualTo("FAILED");
        String errors = Files.readString(TestHome.inbox("crm").resolve("crm-1120.csv.errors.csv"));
        assertThat(errors.substring(1).lines().toList()).containsExactly(
                "file,sheet,row,column,value,reason",
                "crm-1120.csv,,3,标记日期,2026-02-30,date does not exist: 2026-02-30",
                "crm-1120.csv,,4,房号,9-9-9999,unknown household: the roster of XXHY does not list this room");
        // the stored reason stays in the company's language
        assertThat(db.queryForObject("SELECT reason FROM data_issue WHERE row_no = 4", String.class))
                .isEqualTo("未知住户：项目 XXHY 的房屋台账中没有这个房号");
    }

    @Test
    void rowsNamingWhatNoRosterListsAreBadRowsWithTheReasonOfEachRule() {
        TestHome.dropCsv("erp", "erp-xxhy.csv", roster());
        StringBuilder staff = new StringBuilder("工号,姓名,岗位,项目编码,片区\n");
        StringBuilder surveys = new StringBuilder("调查月份,项目编码,房号,评分\n");
        StringBuilder patrol = new StringBuilder("问题编号,项目编码,巡区类型,发现日期,问题描述,状态\n");
        StringBuilder visits = new StringBuilder("任务编号,项目编码,房号,拜访日期\n");
        for (int i = 1; i <= 40; i++) {
            staff.append(String.format("S%02d,管家%d,管家,XXHY,A区%n", i, i));
            surveys.append(String.format("2026-10,XXHY,1-1-%04d,5%n", i));
            patrol.append(String.format("P-%02d,XXHY,日巡,2026-11-10,路灯不亮,未整改%n", i));
            visits.append(String.format(",XXHY,1-1-%04d,2026-11-05%n", i));
        }
        TestHome.dropCsv("staff", "staff.csv", staff + "S99,钱经理,项目经理,ZZZ,\n");
        TestHome.dropCsv("surveys", "survey-2026-10.csv", surveys + "2026-10,ZZZ,1-1-0001,5\n"
                + "2026-10,XXHY,7-7-0707,5\n");
        TestHome.dropCsv("patrol", "patrol-w46.csv", patrol + "P-99,ZZZ,日巡,2026-11-10,井盖松动,未整改\n");
        TestHome.dropCsv("visits", "visits-11.csv", visits + "V-NEVER,,,2026-11-05\n,ZZZ,1-1-0001,2026-11-05\n");

        RunSummary summary = importNow("zh-CN");

        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(db.queryForList("SELECT file_name, row_no, column_name, reason_key, reason, row_skipped"
                        + " FROM data_issue ORDER BY file_name, row_no"))
                .extracting(r -> tuple(r.get("FILE_NAME"), r.get("ROW_NO"), r.get("COLUMN_NAME"), r.get("REASON_KEY"),
                        r.get("REASON"), r.get("ROW_SKIPPED")))
                .containsExactly(
                        tuple("patrol-w46.csv", 42, "项目编码", "inbox.issue.unknownProject",
                                "未知项目：没有任何 ERP 房屋台账列出该项目", true),
                        tuple("staff.csv", 42, "项目编码", "inbox.issue.unknownProject",
                                "未知项目：没有任何 ERP 房屋台账列出该项目", true),
                        tuple("survey-2026-10.csv", 42, "项目编码", "inbox.issue.unknownProject",
                                "未知项目：没有任何 ERP 房屋台账列出该项目", true),
                        tuple("survey-2026-10.csv", 43, "房号", "inbox.issue.unknownHousehold",
                                "未知住户：项目 XXHY 的房屋台账中没有这个房号", true),
                        tuple("visits-11.csv", 42, "任务编号", "inbox.issue.visitNotIssued",
                                "任务编号未曾下发，且该行没有填写项目编码和房号", true),
                        tuple("visits-11.csv", 43, "房号", "inbox.issue.visitUnknownProject", "未知项目 ZZZ", true));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM staff", Integer.class)).isEqualTo(40);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(40);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM patrol_issue", Integer.class)).isEqualTo(40);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM visit_result", Integer.class)).isEqualTo(40);
    }
}
