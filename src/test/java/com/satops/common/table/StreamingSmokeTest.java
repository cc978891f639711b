package com.satops.common.table;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A roster of 200,000 households read back row by row, as the imports read real ones. */
class StreamingSmokeTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void streamsALargeWorkbook() throws IOException {
        // given
        Path file = dir.resolve("roster.xlsx");
        LocalDate marked = LocalDate.of(2026, 11, 3);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            Sheet sheet = workbook.createSheet("客户");
            sheet.createRow(0).createCell(0).setCellValue("客户分类导出");
            Row header = sheet.createRow(1);
            String[] names = {"项目编码", "房号", "客户类别", "标记日期", "联系电话", "备注"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.createRow(i + 2);
                row.createCell(0).setCellValue("XXHY");
                row.createCell(1).setCellValue((i / 1000 + 1) + "-1-" + (i % 1000 + 100));
                row.createCell(2).setCellValue(i % 50 == 0 ? "黑色客户" : "普通客户");
                Cell cell = row.createCell(3);
                cell.setCellValue(marked);
                cell.setCellStyle(date);
                row.createCell(4).setCellValue(13800000000d + i);
                row.createCell(5).setCellValue("第" + i + "户");
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        // when
        int rows = 0;
        int blackCustomers = 0;
        TableRow last = null;
        try (TableReader reader = TableReader.open(file, TestColumns.CRM)) {
            TableRow row;
            while ((row = reader.next()) != null) {
                if ("黑色客户".equals(row.value("customer_class"))) {
                    blackCustomers++;
                }
                last = row;
                rows++;
            }
        }

        // then
        assertThat(rows).isEqualTo(ROWS);
        assertThat(blackCustomers).isEqualTo(ROWS / 50);
        assertThat(last).isNotNull();
        assertThat(last.rowNumber()).isEqualTo(ROWS + 2);
        assertThat(last.values()).containsEntry("room", "200-1-1099")
                .containsEntry("marked_on", "2026-11-03")
                .containsEntry("phone", String.valueOf(13800000000L + ROWS - 1))
                .containsEntry("note", "第199999户");
    }
}
