package com.satops.common.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void aListSheetIsSizedFromItsContentFrozenFilteredAndSetUpForPrinting() {
        Path file = dir.resolve("list.xlsx");
        String evidence = "CRM 2026-11-03 黑色客户, crm-1103.csv row 4";
        try (ReportWorkbook book = ReportWorkbook.create(file, ReportBundles.text(ReportLocale.ZH_CN),
                "星河湾 XXHY · 2026-11")) {
            SheetWriter sheet = book.listSheet("已排除", Column.code("任务编号"), Column.text("依据"),
                    Column.longText("问题描述"), Column.count("行号"), Column.date("日期"));
            for (int i = 0; i < 5000; i++) {
                sheet.row("V202611-XXHY-" + String.format("%06d", i), i == 4321 ? evidence : "短",
                        "很长的描述".repeat(30), i, LocalDate.of(2026, 11, 3));
            }
            book.save();
        }
        try (WorkbookLayout layout = WorkbookLayout.open(file)) {
            layout.isListSheet("已排除", 0).columnFits("已排除", "任务编号").columnFits("已排除", "依据");
            XSSFSheet sheet = layout.sheet("已排除");
            // 33 = "CRM 2026-11-03 , crm-1103.csv row 4" plus 4 Chinese characters counted double
            assertThat(sheet.getColumnWidth(1) / 256).isBetween(TextWidth.of(evidence), TextWidth.of(evidence) + 3);
            // long text is capped and wrapped, not 300 characters wide
            assertThat(sheet.getColumnWidth(2) / 256).isEqualTo(50);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getWrapText()).isTrue();
            assertThat(new DataFormatter().formatCellValue(sheet.getRow(1).getCell(4))).isEqualTo("2026-11-03");
            assertThat(sheet.getHeader().getCenter()).isEqualTo("星河湾 XXHY · 2026-11");
            // one style per kind of cell, not one per cell
            assertThat(layout.poi().getNumCellStyles()).isLessThan(12);
        }
    }

    @Test
    void sheetsBeyondWhatAWorkbookHoldsInMemoryReadBackWhole() {
        // rows of small sheets stay in memory, the rest go on in temporary files: the cells read back the same,
        // characters beyond the basic plane (surrogate pairs) too, wherever they fall in the writer's buffer
        Path file = dir.resolve("many.xlsx");
        int sheets = 4;
        int rows = 12_000;
        try (ReportWorkbook book = ReportWorkbook.create(file, ReportBundles.text(ReportLocale.ZH_CN), "公司")) {
            SheetWriter[] lists = new SheetWriter[sheets];
            for (int s = 0; s < sheets; s++) {
                lists[s] = book.listSheet("清单" + s, Column.code("任务编号"), Column.longText("说明"));
            }
            // interleaved, as a project's lists are written beside each person's own
            for (int i = 0; i < rows; i++) {
                for (int s = 0; s < sheets; s++) {
                    lists[s].row("V-" + s + "-" + i, "拜访说明".repeat(20) + "𠀋😀" + i);
                }
            }
            book.summarySheet("空白");
            book.save();
        }
        try (WorkbookLayout layout = WorkbookLayout.open(file)) {
            for (int s = 0; s < sheets; s++) {
                XSSFSheet sheet = layout.isListSheet("清单" + s, 0).sheet("清单" + s);
                assertThat(sheet.getLastRowNum()).isEqualTo(rows);
                for (int i : new int[] {0, rows / 2, rows - 1}) {
                    assertThat(sheet.getRow(i + 1).getCell(0).getStringCellValue()).isEqualTo("V-" + s + "-" + i);
                    assertThat(sheet.getRow(i + 1).getCell(1).getStringCellValue())
                            .isEqualTo("拜访说明".repeat(20) + "𠀋😀" + i);
                }
            }
            assertThat(layout.sheet("空白").getPhysicalNumberOfRows()).isZero();
        }
    }

    @Test
    void summaryTablesHaveBordersBoldTotalsAndRatesAsPercentOrPoints() {
        Path file = dir.resolve("summary.xlsx");
        try (ReportWorkbook book = ReportWorkbook.create(file, ReportBundles.text(ReportLocale.ZH_CN), "公司")) {
            SheetWriter sheet = book.summarySheet("汇总");
            sheet.title("满意度");
            sheet.table(Column.text("指标"), Column.rate("满意度"), Column.points("较上月变化"));
            sheet.row("XXHY", new BigDecimal("0.8571"), new BigDecimal("0.0134"));
            sheet.total("合计", new Share(new BigDecimal("0.9")), new Points(new BigDecimal("-0.02")));
            book.save();
        }
        try (WorkbookLayout layout = WorkbookLayout.open(file)) {
            XSSFSheet sheet = layout.isPrintable("汇总").sheet("汇总");
            DataFormatter formatter = new DataFormatter();
            assertThat(formatter.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("85.71%");
            assertThat(formatter.formatCellValue(sheet.getRow(2).getCell(2))).isEqualTo("+1.34 个百分点");
            assertThat(formatter.formatCellValue(sheet.getRow(3).getCell(2))).isEqualTo("-2.00 个百分点");
            XSSFCellStyle total = sheet.getRow(3).getCell(0).getCellStyle();
            assertThat(total.getFont().getBold()).isTrue();
            assertThat(total.getBorderTop()).isNotEqualTo(org.apache.poi.ss.usermodel.BorderStyle.NONE);
            assertThat(sheet.getRow(2).getCell(0).getCellStyle().getBorderLeft())
                    .isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
        }
    }

    @Test
    void valuesFromFilesStayTextAndPathsCarryANonDefaultLocale() {
        Path file = dir.resolve("safe.xlsx");
        try (ReportWorkbook book = ReportWorkbook.create(file, ReportBundles.text(ReportLocale.EN), null)) {
            book.listSheet("Data issues", Column.text("Value")).row("=HYPERLINK(\"x\")");
            book.save();
        }
        try (WorkbookLayout layout = WorkbookLayout.open(file)) {
            assertThat(layout.sheet("Data issues").getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"x\")");
        }
        Path home = Path.of("home");
        assertThat(ReportPaths.workbook(home, "satisfaction-summary", "2026-10", null, ReportLocale.EN))
                .isEqualTo(Path.of("home/reports/2026-10/satisfaction-summary-2026-10.en.xlsx"));
        assertThat(ReportPaths.workbook(home, "satisfaction-summary", "2026-10", "XXHY", ReportLocale.ZH_CN))
                .isEqualTo(Path.of("home/reports/2026-10/satisfaction-summary-2026-10-XXHY.xlsx"));
    }

    @Test
    void chineseCharactersCountDouble() {
        assertThat(TextWidth.of("问题编号")).isEqualTo(8);
        assertThat(TextWidth.of("P-0012")).isEqualTo(6);
        assertThat(TextWidth.of("３栋")).isEqualTo(4);
    }
}
