package com.satops.common.table;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

class XlsxTableReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryDataSheetBelowItsTitleAndPassesOverNotesAndSummary() throws IOException {
        // given
        Path file = dir.resolve("crm-2026-11.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CreationHelper helper = workbook.getCreationHelper();
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle builtinDate = workbook.createCellStyle();
            builtinDate.setDataFormat((short) 14);
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));

            Sheet notes = workbook.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("本表由CRM导出，请勿修改表头");
            notes.createRow(1).createCell(0).setCellValue("项目编码 即 ERP 项目代码");

            Sheet first = workbook.createSheet("一期");
            first.createRow(0).createCell(0).setCellValue("客户分类导出 2026年11月");
            // Excel row 2 is left out entirely, row 3 is the header
            header(first.createRow(2), "房号", "Project_Code", "客户类别", "标记日期", "ＰＨＯＮＥ", "无关列", "面积", "在职", "合计");
            Row row4 = first.createRow(3);
            row4.createCell(0).setCellValue(1502);
            row4.createCell(1).setCellValue("XXHY");
            XSSFRichTextString richClass = new XSSFRichTextString("黑色客户");
            XSSFFont bold = workbook.createFont();
            bold.setBold(true);
            richClass.applyFont(0, 2, bold);
            row4.createCell(2).setCellValue(richClass);
            dateCell(row4, 3, LocalDate.of(2026, 11, 3), isoDate);
            row4.createCell(4).setCellValue(13800001234d);
            row4.createCell(5).setCellValue("忽略我");
            row4.createCell(6).setCellValue(4.5);
            row4.createCell(7).setCellValue(true);
            row4.createCell(8).setCellFormula("G4*2");
            // a styled but empty row, as Excel leaves after deleting contents
            Row blank = first.createRow(4);
            blank.createCell(0).setCellValue("  ");
            blank.createCell(3).setCellStyle(isoDate);
            Row row7 = first.createRow(6);
            row7.createCell(0).setCellValue("0801");
            row7.createCell(1).setCellValue(" ＸＸＨＹ ");
            row7.createCell(2).setCellValue("普通客户");
            dateCell(row7, 3, LocalDate.of(2026, 2, 28), builtinDate);
            row7.createCell(4).setCellValue("13800001234");
            row7.createCell(6).setCellValue(1502.0);
            row7.createCell(7).setCellValue(false);
            row7.createCell(8).setCellFormula("\"A\"&\"B\"");
            Row row8 = first.createRow(7);
            row8.createCell(0).setCellValue("3-2-1502");
            row8.createCell(1).setCellValue("XXHY");
            row8.createCell(2).setCellValue("良好关系户");
            Cell stamped = row8.createCell(3);
            stamped.setCellValue(LocalDateTime.of(2026, 11, 3, 8, 30, 15));
            stamped.setCellStyle(dateTime);
            row8.createCell(8).setCellFormula("1/0");

            Sheet second = workbook.createSheet("二期");
            header(second.createRow(0), "二期 客户分类");
            header(second.createRow(1), "ROOM", "Customer Class", "marked-on", "项目编码 ", "手机号", "项目编码");
            Row other = second.createRow(2);
            other.createCell(0).setCellValue("12栋0801");
            other.createCell(1).setCellValue("黑色客户");
            other.createCell(2).setCellValue("2026/11/3");
            other.createCell(3).setCellValue("YHXX");
            other.createCell(5).setCellValue("duplicate header, not read");

            Sheet summary = workbook.createSheet("汇总");
            header(summary.createRow(0), "项目编码", "户数");
            summary.createRow(1).createCell(0).setCellValue("XXHY");

            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            write(workbook, file);
        }

        // when
        List<TableRow> rows = new ArrayList<>();
        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            TableRow row;
            while ((row = reader.next()) != null) {
                rows.add(row);
            }
        }

        // then
        assertThat(rows).extracting(TableRow::sheet, TableRow::rowNumber)
                .containsExactly(
                        tuple("一期", 4),
                        tuple("一期", 7),
                        tuple("一期", 8),
                        tuple("二期", 3));
        assertThat(rows.get(0).values()).containsOnly(
                entry("project_code", "XXHY"), entry("room", "1502"), entry("customer_class", "黑色客户"),
                entry("marked_on", "2026-11-03"), entry("phone", "13800001234"), entry("area", "4.5"),
                entry("active", "true"), entry("total", "9"), entry("note", ""));
        assertThat(rows.get(1).values()).contains(
                entry("project_code", "XXHY"), entry("room", "0801"), entry("customer_class", "普通客户"),
                entry("marked_on", "2026-02-28"), entry("phone", "13800001234"), entry("area", "1502"),
                entry("active", "false"), entry("total", "AB"));
        assertThat(rows.get(2).values()).contains(
                entry("room", "3-2-1502"), entry("marked_on", "2026-11-03 08:30:15"), entry("total", ""));
        assertThat(rows.get(3).values()).contains(
                entry("project_code", "YHXX"), entry("room", "12栋0801"), entry("customer_class", "黑色客户"),
                entry("marked_on", "2026/11/3"), entry("phone", ""));
        assertThat(rows.get(3).value("unknown")).isEmpty();
    }

    @Test
    void showsNumbersAsExcelDoesForChineseDateFormatsZeroPaddedCodesAndLongDecimals() throws IOException {
        // given
        Path file = dir.resolve("erp.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle chineseDate = workbook.createCellStyle();
            // yyyy"年"m"月"d"日" as Chinese Excel writes it: by built-in id alone
            chineseDate.setDataFormat((short) 31);
            CellStyle padded = workbook.createCellStyle();
            padded.setDataFormat(workbook.createDataFormat().getFormat("0000"));
            Sheet sheet = workbook.createSheet("台账");
            header(sheet.createRow(0), "项目编码", "房号", "客户类别", "标记日期", "面积", "备注");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("XXHY");
            Cell room = row.createCell(1);
            room.setCellValue(801);
            room.setCellStyle(padded);
            row.createCell(2).setCellValue("普通客户");
            dateCell(row, 3, LocalDate.of(2026, 11, 3), chineseDate);
            row.createCell(4).setCellValue(0.1 + 0.2);
            row.createCell(5).setCellValue(-12345678.25);
            write(workbook, file);
        }

        // when
        TableRow row = readOnlyRow(file);

        // then
        assertThat(row.values()).contains(entry("room", "0801"), entry("marked_on", "2026-11-03"),
                entry("area", "0.3"), entry("note", "-12345678.25"));
    }

    @Test
    void countsDatesFrom1904WhenTheWorkbookSaysSo() throws IOException {
        // given
        Path file = dir.resolve("mac.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            CellStyle isoDate = workbook.createCellStyle();
            isoDate.setDataFormat((short) 14);
            Sheet sheet = workbook.createSheet("Sheet1");
            header(sheet.createRow(0), "项目编码", "房号", "客户类别", "标记日期");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("XXHY");
            row.createCell(1).setCellValue("3-2-1502");
            row.createCell(2).setCellValue("黑色客户");
            dateCell(row, 3, LocalDate.of(2026, 11, 3), isoDate);
            write(workbook, file);
        }

        // when
        TableRow row = readOnlyRow(file);

        // then
        assertThat(row.value("marked_on")).isEqualTo("2026-11-03");
    }

    @Test
    void rejectsAWorkbookWithoutTheRequiredColumnsNamingTheMissingOnes() throws IOException {
        // given
        Path file = dir.resolve("crm-no-class.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            header(workbook.createSheet("说明").createRow(0), "项目编码");
            Sheet sheet = workbook.createSheet("客户");
            sheet.createRow(0).createCell(0).setCellValue("客户分类导出");
            header(sheet.createRow(1), "项目编码", "房号", "标记日期", "备注");
            header(sheet.createRow(2), "XXHY", "3-2-1502", "2026-11-03", "");
            write(workbook, file);
        }

        // when / then
        assertThatThrownBy(() -> TableReader.open(file, TestColumns.CRM))
                .isInstanceOfSatisfying(MissingColumnsException.class, e -> {
                    assertThat(e.file()).isEqualTo(file);
                    assertThat(e.missingColumns()).containsExactly("客户类别 (customer_class)");
                    assertThat(e.getMessage()).contains("crm-no-class.xlsx", "客户类别", "row 2 of sheet '客户'");
                });
    }

    @Test
    void findsNoHeaderBelowTheFirstTenNonEmptyRows() throws IOException {
        // given
        Path file = dir.resolve("deep.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("客户");
            for (int i = 0; i < 10; i++) {
                // blank rows between the titles do not count towards the ten
                sheet.createRow(i * 2).createCell(0).setCellValue("标题 " + i);
            }
            header(sheet.createRow(20), "项目编码", "房号", "客户类别", "标记日期");
            write(workbook, file);
        }

        // when / then
        assertThatThrownBy(() -> TableReader.open(file, TestColumns.CRM))
                .isInstanceOf(MissingColumnsException.class)
                .hasMessageContaining("项目编码 (project_code)");
    }

    @Test
    void rejectsAFileThatIsNoWorkbook() throws IOException {
        Path file = dir.resolve("renamed.XLSX");
        Files.writeString(file, "项目编码,房号\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> TableReader.open(file, TestColumns.CRM))
                .isInstanceOf(UnreadableFileException.class)
                .satisfies(e -> assertThat(((UnreadableFileException) e).key()).isEqualTo("inbox.file.notXlsx"));
    }

    @Test
    void namesAWorkbookThatIsNotThere() {
        Path file = dir.resolve("gone.xlsx");

        assertThatThrownBy(() -> TableReader.open(file, TestColumns.CRM))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("gone.xlsx");
    }

    @Test
    void refusesOtherFileTypes() {
        Path file = dir.resolve("crm.xls");

        assertThatThrownBy(() -> TableReader.open(file, TestColumns.CRM))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("crm.xls");
    }

    private TableRow readOnlyRow(Path file) throws IOException {
        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            TableRow row = reader.next();
            assertThat(reader.next()).isNull();
            return row;
        }
    }

    @Test
    void saysHowFarThroughTheFileItHasReadByTheSheetsXml() throws IOException {
        // given: two data sheets of 20,000 rows each, far more than the XML parser buffers
        Path file = dir.resolve("crm-big.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            for (String name : List.of("一期", "二期")) {
                Sheet sheet = workbook.createSheet(name);
                header(sheet.createRow(0), "项目编码", "房号", "客户类别", "标记日期");
                for (int i = 1; i <= 20_000; i++) {
                    Row row = sheet.createRow(i);
                    row.createCell(0).setCellValue("XXHY");
                    row.createCell(1).setCellValue(name + "-" + i);
                    row.createCell(2).setCellValue("黑色客户");
                    row.createCell(3).setCellValue("2026-11-03");
                }
            }
            write(workbook, file);
        }
        long size = Files.size(file);

        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            // when: half the rows are read, then the rest
            long[] read = TestColumns.bytesReadAfterAndAtTheEnd(reader, 20_000);

            // then
            assertThat(read[0]).isBetween(size / 4, size * 3 / 4);
            assertThat(read[1]).isEqualTo(size);
        }
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static void dateCell(Row row, int column, LocalDate date, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(date);
        cell.setCellStyle(style);
    }

    private static void write(XSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
