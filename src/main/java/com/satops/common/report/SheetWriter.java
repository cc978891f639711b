package com.satops.common.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Appends rows to one report sheet. Strings are always written as text cells,
 * never as formulas, so a value from a file that starts with = + - @ stays text.
 */
public final class SheetWriter {

    private static final int MAX_WIDTH = 60 * 256;

    private final ReportWorkbook book;
    private final SXSSFSheet sheet;
    private int nextRow;

    SheetWriter(ReportWorkbook book, SXSSFSheet sheet) {
        this.book = book;
        this.sheet = sheet;
    }

    void header(String... headers) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < headers.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers[i]);
            cell.setCellStyle(book.header);
            // Chinese characters are about twice as wide as Latin ones.
            int width = Math.min(MAX_WIDTH, Math.max(10, headers[i].length() * 2 + 4) * 256);
            sheet.setColumnWidth(i, width);
        }
        sheet.createFreezePane(0, nextRow);
    }

    /** Appends a row: String, Number, LocalDate, Boolean, {@link Share} or null (blank). */
    public SheetWriter row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            write(row, i, values[i]);
        }
        return this;
    }

    /** Leaves a blank row, e.g. between a summary block and a table. */
    public SheetWriter blank() {
        nextRow++;
        return this;
    }

    public int rowsWritten() {
        return nextRow;
    }

    public SXSSFSheet poi() {
        return sheet;
    }

    private void write(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Share share) {
            cell.setCellValue(share.fraction().doubleValue());
            cell.setCellStyle(book.percent);
        } else if (value instanceof BigDecimal decimal) {
            cell.setCellValue(decimal.doubleValue());
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(book.date);
        } else {
            cell.setCellValue(String.valueOf(value));
            cell.setCellStyle(book.text);
        }
    }
}
