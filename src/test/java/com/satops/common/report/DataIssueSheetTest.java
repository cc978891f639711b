package com.satops.common.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataIssueSheetTest {

    @TempDir
    Path dir;

    @Test
    void listsEachIssueWithItsReasonInTheReportLocaleAndPhonesMasked() {
        List<List<String>> zh = write(ReportLocale.ZH_CN, "数据问题");
        assertThat(zh.get(0)).containsExactly("文件", "工作表", "行号", "列", "值", "原因", "整行跳过");
        assertThat(zh.get(1)).containsExactly("visits.xlsx", "S01 赵一", "3", "拜访日期", "2026-02-30",
                "日期不存在：2026-02-30", "是");
        assertThat(zh.get(2)).containsExactly("erp.csv", "", "7", "联系电话", "138****1234", "phone too long", "否");

        List<List<String>> en = write(ReportLocale.EN, "Data issues");
        assertThat(en.get(0)).containsExactly("File", "Sheet", "Row", "Column", "Value", "Reason", "Row skipped");
        assertThat(en.get(1).get(5)).isEqualTo("date does not exist: 2026-02-30");
        assertThat(en.get(1).get(6)).isEqualTo("yes");
    }

    private List<List<String>> write(ReportLocale locale, String sheetName) {
        Path file = dir.resolve(locale.tag() + ".xlsx");
        try (ReportWorkbook book = ReportWorkbook.create(file, ReportBundles.text(locale), "XXHY · 2026-11")) {
            DataIssueSheet sheet = DataIssueSheet.open(book);
            sheet.add(new DataIssueRow("visits.xlsx", "S01 赵一", 3, "拜访日期", "2026-02-30",
                    "日期不存在：2026-02-30", true, "inbox.value.dateDoesNotExist", "2026-02-30", null, null));
            // recorded before reasons had keys: its stored text is shown as it is
            sheet.add(new DataIssueRow("erp.csv", null, 7, "联系电话", "13812341234", "phone too long", false,
                    null, null, null, null));
            book.save();
        }
        List<List<String>> rows = new ArrayList<>();
        try (WorkbookLayout layout = WorkbookLayout.open(file)) {
            layout.isListSheet(sheetName, 0);
            DataFormatter formatter = new DataFormatter();
            for (Row row : layout.sheet(sheetName)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 7; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
