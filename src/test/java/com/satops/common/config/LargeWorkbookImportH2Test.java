package com.satops.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.TestHome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A real CRM export with a sheet per project passes POI's 1,000-entry limit; a zip bomb is still refused. */
@H2Database
class LargeWorkbookImportH2Test extends FreshStart {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);
    static final String[] CRM_HEADER = {"项目编码", "房号", "客户类别", "标记日期", "备注"};

    @Autowired
    JobRunner runner;

    @Autowired
    JdbcTemplate db;

    @Test
    void crmWorkbookWithMoreThanAThousandSheetsIsImported() throws IOException {
        // given: one sheet per project as a 1,050-project company's CRM exports it
        dropRoster();
        Path workbook = TestHome.inbox("crm").resolve("客户类别-全部项目.xlsx");
        write(workbook, 1050, 1, false);
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            assertThat(zip.size()).isGreaterThan(1000);
        }

        // when
        RunSummary summary = importNow();

        // then
        assertThat(summary.status()).isEqualTo("COMPLETED");
        assertThat(summary.figures()).containsEntry("rejectedFiles", 0L).containsEntry("rows.crm", 1050L);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Long.class)).isEqualTo(1050L);
        assertThat(TestHome.DIR.resolve("inbox/rejected")).isEmptyDirectory();
    }

    @Test
    void workbookThatInflatesBeyondTheRatioIsRefusedAsAZipBomb() throws IOException {
        // given: shared strings of 6 MB that deflate to a few kilobytes
        dropRoster();
        write(TestHome.inbox("crm").resolve("客户类别-炸弹.xlsx"), 1, 200, true);

        // when
        RunSummary summary = importNow();

        // then
        assertThat(summary.figures()).containsEntry("rejectedFiles", 1L);
        assertThat(db.queryForObject("SELECT COUNT(*) FROM class_mark", Long.class)).isZero();
        Path note = TestHome.DIR.resolve("inbox/rejected/客户类别-炸弹.xlsx.error.txt");
        assertThat(Files.readString(note, StandardCharsets.UTF_8)).containsIgnoringCase("zip bomb");
    }

    private RunSummary importNow() {
        return runner.run(JobCatalog.IMPORT.parameters(null, null, AS_OF, List.of(), "zh-CN", AS_OF));
    }

    private static void dropRoster() {
        TestHome.dropCsv("erp", "erp-xxhy.csv", """
                项目编码,项目名称,楼栋,单元,房号,片区,业主姓名,联系电话,交房状态,入住状态
                XXHY,星河湾,3,2,1502,A区,张三,13812341234,已交房,常住
                """);
    }

    /** A CRM workbook, each sheet's marks a day apart; inflating: each row's note 30,000 repeated letters. */
    private static void write(Path target, int sheets, int rowsPerSheet, boolean inflating) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(null, 100, false, true);
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int s = 0; s < sheets; s++) {
                Sheet sheet = book.createSheet("P" + s);
                Row header = sheet.createRow(0);
                for (int c = 0; c < CRM_HEADER.length; c++) {
                    header.createCell(c).setCellValue(CRM_HEADER[c]);
                }
                for (int r = 1; r <= rowsPerSheet; r++) {
                    Row row = sheet.createRow(r);
                    String markedOn = LocalDate.of(2023, 1, 1).plusDays(s).toString();
                    String note = inflating ? "x".repeat(30_000) + r : "";
                    String[] values = {"XXHY", "3-2-1502", "黑色客户", markedOn, note};
                    for (int c = 0; c < values.length; c++) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            book.write(out);
        } finally {
            book.close();
            book.dispose();
        }
    }
}
