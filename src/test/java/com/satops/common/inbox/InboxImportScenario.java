package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.TestHome;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The inbox import as an admin sees it, run on each database by its subclasses. */
abstract class InboxImportScenario extends FreshStart {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @Autowired
    JobRepository jobRepository;

    RunSummary importNow() {
        return runner.run(JobCatalog.IMPORT.parameters(null, null, AS_OF, List.of(), "zh-CN", AS_OF));
    }

    static void dropRoster() {
        TestHome.dropCsv("erp", "erp-xxhy.csv", """
                XX项目房屋台账 导出时间 2026-11-20
                项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态
                XXHY,星河湾,3栋,2单元,1502,A区,张三,13812341234,已交房,常住
                XXHY,星河湾,3,2,1503,A区,李四,13812341235,已交房,空置
                XXHY,星河湾,12,,0801室,B区,王五,,未交房,空置
                """, Charset.forName("GB18030"));
    }

    @Test
    void mixedInboxOfAllSixKindsApplies() {
        // given
        dropRoster();
        TestHome.dropCsv("staff", "staff.csv", """
                Staff_No,Name,Role,Project Code,Zone,Email,Monthly_Quota,Active
                S1,赵管家,管家,XXHY,A区,s1@example.com,,是
                S2,钱经理,项目经理,XXHY,,pm@example.com,25,Y
                """);
        TestHome.dropCsv("crm", "crm-1103.csv", """
                项目编码,房号,客户类别,标记日期,备注
                XXHY,3-2-1502,黑色客户,2026-11-03,投诉
                XXHY,３栋２单元１５０２,良好关系户,2026年11月5日,已和解
                """);
        TestHome.dropCsv("surveys", "survey-2026-10.csv", """
                调查月份,项目编码,房号,评分,不满意原因,原因分类,考核期,调查日期
                2026-10,XXHY,3-2-1502,3,保安态度差,,是,2026/10/12
                2026-10,XXHY,3栋2单元1503,5,,,否,2026-10-13
                """);
        TestHome.dropCsv("patrol", "patrol-w46.csv", """
                问题编号,项目编码,巡区类型,发现日期,问题描述,状态,销项日期,复查日期
                P-1,XXHY,周巡,2026-11-10,垃圾桶满溢,已销项,2026-11-12,
                P-2,XXHY,日巡,2026-11-11,路灯不亮,整改中,,2026-11-12
                """);
        TestHome.dropCsv("visits", "visits-10.csv", """
                任务编号,项目编码,房号,拜访日期,拜访方式,业主评分,业主诉求
                ,XXHY,3-2-1503,2026-10-20,上门,4,无
                ,XXHY,3-2-1502,,,,
                """);

        // when
        RunSummary summary = importNow();

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsEntry("files", 6L).containsEntry("rows", 13L)
                .containsEntry("applied", 12L).containsEntry("rejectedFiles", 0L)
                .containsEntry("duplicateFiles", 0L).containsEntry("rows.erp", 3L).containsEntry("rows.visits", 2L);
        assertThat(db.queryForList("SELECT room_key FROM household ORDER BY room_key", String.class))
                .containsExactly("12-0801", "3-2-1502", "3-2-1503");
        assertThat(db.queryForMap("SELECT customer_class, class_marked_on FROM household WHERE room_key = '3-2-1502'"))
                .containsEntry("CUSTOMER_CLASS", "GOOD");
        assertThat(db.queryForList("SELECT CONCAT(from_class, '>', to_class) FROM class_change ORDER BY changed_on",
                String.class)).containsExactly("NORMAL>BLACK", "BLACK>GOOD");
        assertThat(db.queryForObject("SELECT monthly_quota FROM staff WHERE staff_no = 'S2'", Integer.class))
                .isEqualTo(25);
        assertThat(db.queryForObject("SELECT in_assessment FROM survey_response WHERE score = 5", Boolean.class))
                .isFalse();
        assertThat(db.queryForObject("SELECT closed_on FROM patrol_issue WHERE issue_no = 'P-1'", LocalDate.class))
                .isEqualTo(LocalDate.of(2026, 11, 12));
        assertThat(db.queryForObject("SELECT COUNT(*) FROM visit_result", Integer.class)).isEqualTo(1);
        assertThat(TestHome.inbox("erp")).isEmptyDirectory();
        assertThat(TestHome.DIR.resolve("inbox/processed/" + LocalDate.now()).resolve("erp-xxhy.csv")).exists();
    }

    @Test
    void aKeyARosterOrASurveyFileListsTwiceTakesItsLastRowHoweverTheRoomIsWritten() {
        // given: 3-2-1502 listed twice in the roster and its October response twice, the room written two ways
        TestHome.dropCsv("erp", "erp-xxhy.csv", """
                项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态
                XXHY,星河湾,3栋,2单元,1502,A区,张三,13812341234,未交房,空置
                XXHY,星河湾,3,2,1503,A区,李四,13812341235,已交房,空置
                XXHY,星河湾,3,2,1502,A区,张三丰,13812341234,已交房,常住
                """);
        TestHome.dropCsv("surveys", "survey-2026-10.csv", """
                调查月份,项目编码,房号,评分,不满意原因,原因分类,考核期,调查日期
                2026-10,XXHY,3-2-1502,2,保安态度差,,是,2026/10/12
                2026-10,XXHY,3-2-1503,5,,,是,2026-10-13
                2026-10,XXHY,3栋2单元1502,4,,,是,2026/10/14
                """);

        // when
        RunSummary summary = importNow();

        // then: one household and one response each, as their last rows say; the earlier rows did not apply
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsEntry("rows", 6L).containsEntry("applied", 4L);
        assertThat(db.queryForList("SELECT CONCAT(room_key, ' ', owner_name, ' ', handover_status, ' ',"
                + " last_roster_row_no) FROM household ORDER BY room_key", String.class))
                .containsExactly("3-2-1502 张三丰 DELIVERED 4", "3-2-1503 李四 DELIVERED 3");
        assertThat(db.queryForList("SELECT CONCAT(h.room_key, ' ', r.score, ' ', COALESCE(r.reason, '-'), ' ',"
                + " r.row_no) FROM survey_response r JOIN household h ON h.household_id = r.household_id"
                + " ORDER BY h.room_key", String.class)).containsExactly("3-2-1502 4 - 4", "3-2-1503 5 - 3");
        // the stage saw the repeats: neither file passes for one listing each key once
        assertThat(db.queryForList("SELECT file_name FROM imported_file WHERE keys_unique", String.class)).isEmpty();
    }

    @Test
    void aBadRowOfARepeatedKeyReplacesNothingAndTheRowsLeftApply() {
        // given: 40 households; S1's last row names an unknown project; in the survey file an unknown room and
        // room 0001 are each listed twice (4 of 42 rows bad or replaced, the bad ones under the 5 % limit)
        TestHome.dropCsv("erp", "erp-a.csv", header() + rows(40));
        StringBuilder staff = new StringBuilder("工号,姓名,岗位,项目编码,片区,邮箱,月拜访指标,在职\n");
        for (int i = 1; i <= 25; i++) {
            staff.append(String.format("S%d,管家%d,管家,XXHY,A区,s%d@example.com,,是%n", i, i, i));
        }
        staff.append("S1,管家1,管家,NOPE,A区,s1-new@example.com,,是\n");
        TestHome.dropCsv("staff", "staff.csv", staff.toString());
        StringBuilder surveys = new StringBuilder("调查月份,项目编码,房号,评分,不满意原因,原因分类,考核期,调查日期\n");
        surveys.append("2026-10,XXHY,9-9-9999,2,,,是,2026-10-11\n");
        for (int i = 1; i <= 38; i++) {
            surveys.append(String.format("2026-10,XXHY,1-1-%04d,%d,,,是,2026-10-12%n", i, i == 1 ? 2 : 5));
        }
        surveys.append("2026-10,XXHY,9-9-9999,3,,,是,2026-10-13\n");
        surveys.append("2026-10,XXHY,1-1-0001,4,,,是,2026-10-14\n");
        TestHome.dropCsv("surveys", "survey-2026-10.csv", surveys.toString());

        // when
        RunSummary summary = importNow();

        // then: S1 as its good row says, room 0001 as its last row says; the bad rows are issues, nothing else
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsEntry("rows", 40L + 26 + 41).containsEntry("applied", 40L + 25 + 38)
                .containsEntry("rejectedFiles", 0L);
        assertThat(db.queryForList("SELECT CONCAT(project_code, ' ', email, ' ', row_no) FROM staff"
                + " WHERE staff_no = 'S1'", String.class)).containsExactly("XXHY s1@example.com 2");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM staff", Integer.class)).isEqualTo(25);
        assertThat(db.queryForList("SELECT CONCAT(h.room_key, ' ', r.score, ' ', r.row_no) FROM survey_response r"
                + " JOIN household h ON h.household_id = r.household_id WHERE h.room_key = '1-1-0001'",
                String.class)).containsExactly("1-1-0001 4 42");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM survey_response", Integer.class)).isEqualTo(38);
        assertThat(db.queryForList("SELECT CONCAT(file_name, ':', row_no) FROM data_issue WHERE row_skipped"
                + " ORDER BY file_name, row_no", String.class))
                .containsExactly("staff.csv:27", "survey-2026-10.csv:2", "survey-2026-10.csv:41");
    }

    @Test
    void aRosterListingEachRoomOnceIsKnownSoFromItsStage() {
        dropRoster();

        importNow();

        assertThat(db.queryForList("SELECT keys_unique FROM imported_file", Boolean.class)).containsExactly(true);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(3);
    }

    @Test
    void sameContentDroppedAgainIsSkippedAndChangesNothing() {
        dropRoster();
        importNow();
        dropRoster();
        RunSummary again = importNow();

        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(again.figures()).containsEntry("duplicateFiles", 1L).containsEntry("applied", 0L);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(3);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM status_change", Integer.class)).isZero();
    }

    @Test
    void missingRequiredColumnRejectsTheWholeFileAndOthersStillApply() throws Exception {
        dropRoster();
        TestHome.dropCsv("crm", "crm-bad.csv", """
                项目编码,房号,标记日期
                XXHY,3-2-1502,2026-11-03
                """);

        RunSummary summary = importNow();

        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsEntry("rejectedFiles", 1L).containsEntry("rows.erp", 3L);
        Path rejected = TestHome.DIR.resolve("inbox/rejected");
        assertThat(rejected.resolve("crm-bad.csv")).exists();
        assertThat(Files.readString(rejected.resolve("crm-bad.csv.error.txt"))).contains("缺少必填列：客户类别");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Integer.class)).isZero();
        assertThat(summary.dataIssues()).isEqualTo(1);
        assertThat(db.queryForObject("SELECT reason_key FROM data_issue WHERE file_name = 'crm-bad.csv'", String.class))
                .isEqualTo("inbox.file.missingColumns");
    }

    @Test
    void badRowsAreRecordedWithFileRowColumnValueAndReason() {
        TestHome.dropCsv("erp", "erp-a.csv", header() + rows(40) + "XXHY,星河湾,9,1,待定,A区,,,已交房,常住\n");

        RunSummary summary = importNow();

        assertThat(summary.status()).isEqualTo("COMPLETED");
        Map<String, Object> issue = db.queryForMap(
                "SELECT file_name, row_no, column_name, cell_value, reason, row_skipped FROM data_issue");
        assertThat(issue).containsEntry("FILE_NAME", "erp-a.csv").containsEntry("ROW_NO", 42)
                .containsEntry("COLUMN_NAME", "房号").containsEntry("ROW_SKIPPED", true);
        assertThat((String) issue.get("CELL_VALUE")).contains("待定");
        assertThat((String) issue.get("REASON")).isEqualTo("不是房号：楼栋 9，单元 1，房号 待定");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(40);
    }

    @Test
    void fileOverTheRejectRateFailsTheRunAppliesNothingAndStaysInTheInbox() throws Exception {
        dropRoster();
        TestHome.dropCsv("crm", "crm-1120.csv", """
                项目编码,房号,客户类别,标记日期
                XXHY,3-2-1502,黑色客户,2026-11-03
                XXHY,3-2-1503,紫色客户,2026-11-03
                XXHY,3-2-1504,黑色客户,2026-02-30
                """);

        RunSummary summary = importNow();

        assertThat(summary.status()).isEqualTo("FAILED");
        assertThat(summary.message()).contains("crm-1120.csv").contains("66.67%");
        assertThat(TestHome.inbox("crm").resolve("crm-1120.csv")).exists();
        // beside it, every bad row, so whoever fixes the file sees which
        byte[] errors = Files.readAllBytes(TestHome.inbox("crm").resolve("crm-1120.csv.errors.csv"));
        assertThat(errors).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(errors, StandardCharsets.UTF_8).substring(1).lines().toList()).containsExactly(
                "文件,工作表,行号,列,值,原因",
                "crm-1120.csv,,3,客户类别,紫色客户,\"未知的值“紫色客户”；可填：黑色客户/BLACK, 良好关系户/GOOD, 普通客户/NORMAL\"",
                "crm-1120.csv,,4,标记日期,2026-02-30,日期不存在：2026-02-30");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Integer.class)).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(3);
    }

    @Test
    void workbookWithNotesSheetTitleRowsAndSeveralDataSheetsImportsEverySheet() throws Exception {
        dropRoster();
        importNow();
        Path workbook = TestHome.inbox("surveys").resolve("survey-2026-10.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("本表为10月调查结果");
            CellStyle dateStyle = book.createCellStyle();
            dateStyle.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
            String[] sheets = {"A区", "B区"};
            String[] rooms = {"3栋2单元1502", "12幢0801室"};
            for (int i = 0; i < sheets.length; i++) {
                Sheet sheet = book.createSheet(sheets[i]);
                sheet.createRow(0).createCell(0).setCellValue("2026年10月满意度调查");
                Row header = sheet.createRow(2);
                String[] names = {"Survey_Month", "项目编码 ", "ROOM", "评分", "原因分类", "调查日期"};
                for (int c = 0; c < names.length; c++) {
                    header.createCell(c).setCellValue(names[c]);
                }
                Row row = sheet.createRow(3);
                row.createCell(0).setCellValue("2026-10");
                row.createCell(1).setCellValue("XXHY");
                row.createCell(2).setCellValue(rooms[i]);
                row.createCell(3).setCellValue(2 + i);
                row.createCell(4).setCellValue("停车门岗");
                row.createCell(5).setCellValue(LocalDate.of(2026, 10, 9 + i));
                row.getCell(5).setCellStyle(dateStyle);
            }
            try (var out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }

        RunSummary summary = importNow();

        assertThat(summary.figures()).containsEntry("rows.surveys", 2L).containsEntry("applied", 2L);
        assertThat(db.queryForList("SELECT CONCAT(h.room_key, ':', s.score, ':', s.reason_category, ':', s.surveyed_on)"
                        + " FROM survey_response s JOIN household h ON h.household_id = s.household_id"
                        + " ORDER BY h.room_key", String.class))
                .containsExactly("12-0801:3:PARKING:2026-10-10", "3-2-1502:2:PARKING:2026-10-09");
    }

    @Test
    void stagedRowsOfAnInterruptedImportAreNeverAppliedAndTheFileAppliesOnceOnTheNextRun() {
        // given: what a process killed while staging leaves behind: a registered file and part of its rows
        dropRoster();
        db.update("INSERT INTO imported_file (kind, file_name, source_path, sha256, status, run_key, execution_id,"
                + " effective_on) VALUES ('ERP', 'erp-xxhy.csv', 'gone', 'x', 'STAGING', 'killed', 99, '2026-11-19')");
        long orphan = db.queryForObject("SELECT MAX(file_id) FROM imported_file", Long.class);
        db.update("INSERT INTO stg_erp (file_id, sheet, row_no, project_code, project_name, room_key, building, room,"
                + " zone, handover_status, occupancy_status) VALUES (?, '', 3, 'XXHY', '星河湾', '3-2-1502', '3', '1502',"
                + " 'A区', 'DELIVERED', 'RESIDENT')", orphan);

        // when
        RunSummary summary = importNow();

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(db.queryForObject("SELECT status FROM imported_file WHERE file_id = ?", String.class, orphan))
                .isEqualTo("ABANDONED");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_erp", Integer.class)).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(3);
        assertThat(summary.figures()).containsEntry("files", 1L).containsEntry("applied", 3L);
    }

    @Test
    void rowsLostBetweenStagingAndTheMergeFailTheImportApplyNothingAndTheFileAppliesWholeNextTime() {
        dropRoster();
        importNow();
        TestHome.dropCsv("crm", "crm-1120.csv", """
                项目编码,房号,客户类别,标记日期
                XXHY,3-2-1502,黑色客户,2026-11-02
                XXHY,3-2-1503,黑色客户,2026-11-02
                """);
        loseAStagedCrmRowAsTheMergeStarts();

        RunSummary lost = importNow();

        assertThat(lost.status()).isEqualTo("FAILED");
        assertThat(lost.message()).contains("crm-1120.csv: 2 data rows read, staging holds 1 and 0 skipped as bad");
        assertThat(TestHome.inbox("crm").resolve("crm-1120.csv")).exists();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Integer.class)).isZero();

        db.execute("DROP TRIGGER lose_a_staged_row");
        RunSummary again = importNow();

        assertThat(again.status()).isEqualTo("COMPLETED");
        assertThat(db.queryForList("SELECT room_key FROM household WHERE customer_class = 'BLACK' ORDER BY room_key",
                String.class)).containsExactly("3-2-1502", "3-2-1503");
        assertThat(TestHome.inbox("crm").resolve("crm-1120.csv")).doesNotExist();
    }

    private void loseAStagedCrmRowAsTheMergeStarts() {
        if (db.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()).startsWith("H2")) {
            db.execute("CREATE TRIGGER lose_a_staged_row AFTER INSERT ON stg_merge_file FOR EACH ROW CALL '"
                    + com.satops.support.LoseAStagedRow.class.getName() + "'");
        } else {
            db.execute("CREATE TRIGGER lose_a_staged_row AFTER INSERT ON stg_merge_file FOR EACH ROW"
                    + " DELETE FROM stg_crm WHERE file_id = NEW.file_id LIMIT 1");
        }
    }

    @Test
    void aStagePartitionWhosePlaceWasNeverSavedReadsOnlyItsOwnFilesOnRestart() {
        dropRoster();
        importNow();
        String header = "项目编码,房号,客户类别,标记日期\n";
        TestHome.dropCsv("crm", "crm-1101.csv", header + "XXHY,3-2-1502,黑色客户,2026-02-30\n");
        TestHome.dropCsv("crm", "crm-1102.csv", header + "XXHY,3-2-1503,黑色客户,2026-02-30\n");
        assertThat(importNow().status()).isEqualTo("FAILED");
        // what a process killed between creating a partition's execution and saving its place leaves behind
        forgetPlace("import-crm-stage-files:partition0");
        TestHome.dropCsv("crm", "crm-1101.csv", header + "XXHY,3-2-1502,黑色客户,2026-11-01\n");
        TestHome.dropCsv("crm", "crm-1102.csv", header + "XXHY,3-2-1503,黑色客户,2026-11-02\n");

        RunSummary restarted = importNow();

        assertThat(restarted.status()).as(restarted.message()).isEqualTo("COMPLETED");
        assertThat(db.queryForList("SELECT CONCAT(file_name, ':', data_rows, ':', applied_rows) FROM imported_file"
                + " WHERE kind = 'CRM' AND status = 'APPLIED' ORDER BY file_name", String.class))
                .containsExactly("crm-1101.csv:1:1", "crm-1102.csv:1:1");
        assertThat(db.queryForList("SELECT room_key FROM household WHERE customer_class = 'BLACK' ORDER BY room_key",
                String.class)).containsExactly("3-2-1502", "3-2-1503");
    }

    private void forgetPlace(String partition) {
        long last = db.queryForObject("SELECT MAX(step_execution_id) FROM BATCH_STEP_EXECUTION WHERE step_name = ?",
                Long.class, partition);
        StepExecution execution = jobRepository.getStepExecution(last);
        execution.setExecutionContext(new ExecutionContext());
        jobRepository.updateExecutionContext(execution);
    }

    @Test
    void aFailedRunRestartsWhereItStoppedOnceTheFileIsFixed() {
        dropRoster();
        dropBlackMark("2026-02-30");
        RunSummary failed = importNow();
        assertThat(failed.status()).isEqualTo("FAILED");

        dropBlackMark("2026-11-02");
        assertThat(TestHome.inbox("crm").resolve("crm-1120.csv.errors.csv")).exists();
        RunSummary restarted = importNow();

        assertThat(restarted.status()).isEqualTo("COMPLETED");
        // the list of bad rows went with them, and was never read as an input
        assertThat(TestHome.inbox("crm")).isEmptyDirectory();
        assertThat(db.queryForObject("SELECT customer_class FROM household WHERE room_key = '3-2-1502'", String.class))
                .isEqualTo("BLACK");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM household", Integer.class)).isEqualTo(3);
        // the same Batch job instance, executed twice
        assertThat(db.queryForObject("SELECT COUNT(DISTINCT job_instance_id) FROM BATCH_JOB_EXECUTION", Integer.class))
                .isEqualTo(1);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION", Integer.class)).isEqualTo(2);
    }

    @Test
    void aRunThatEndedInAnUnknownStateRestartsWhereItStopped() {
        // given: a run that failed on a bad date, and then, as when its database went away while it ended,
        // was left UNKNOWN with the step it stopped in
        dropRoster();
        dropBlackMark("2026-02-30");
        assertThat(importNow().status()).isEqualTo("FAILED");
        db.update("UPDATE BATCH_STEP_EXECUTION SET status = 'UNKNOWN' WHERE status = 'FAILED'");
        db.update("UPDATE BATCH_JOB_EXECUTION SET status = 'UNKNOWN'");
        dropBlackMark("2026-11-02");

        // when: the same command again
        RunSummary restarted = importNow();

        // then: it restarts where it stopped, the roster applied once, and the run left UNKNOWN says FAILED
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(db.queryForObject("SELECT customer_class FROM household WHERE room_key = '3-2-1502'", String.class))
                .isEqualTo("BLACK");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM status_change", Integer.class)).isZero();
        assertThat(db.queryForList("SELECT status FROM BATCH_JOB_EXECUTION ORDER BY job_execution_id", String.class))
                .containsExactly("FAILED", "COMPLETED");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM BATCH_STEP_EXECUTION WHERE status = 'UNKNOWN'",
                Integer.class)).isZero();
        assertThat(db.queryForObject("SELECT COUNT(DISTINCT job_instance_id) FROM BATCH_JOB_EXECUTION", Integer.class))
                .isEqualTo(1);
    }

    /** A CRM file marking 3-2-1502 black on the date given (2026-02-30: a date that does not exist). */
    private static void dropBlackMark(String markedOn) {
        TestHome.dropCsv("crm", "crm-1120.csv", "项目编码,房号,客户类别,标记日期\nXXHY,3-2-1502,黑色客户," + markedOn + "\n");
    }

    static String header() {
        return "项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态\n";
    }

    static String rows(int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            rows.append(String.format("XXHY,星河湾,1,1,%04d,A区,业主%d,138000%05d,已交房,常住%n", i, i, i));
        }
        return rows.toString();
    }
}
