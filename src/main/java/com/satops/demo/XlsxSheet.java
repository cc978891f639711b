package com.satops.demo;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One sheet of an {@link XlsxBook}. When a sheet would pass Excel's row limit
 * (a benchmark roster can), the rows go on in a continuation sheet that repeats
 * the header, so every sheet still reads as a table of its kind.
 */
final class XlsxSheet implements RowSink {

    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int SHEET_NAME_LIMIT = 31;

    private final XlsxBook book;
    private final String name;
    private Sheet sheet;
    private int nextRow;
    private int continuation = 1;
    private String[] header;
    private int[] widths;

    XlsxSheet(XlsxBook book, Sheet sheet, String name) {
        this.book = book;
        this.sheet = sheet;
        this.name = name;
    }

    /** A title line above the header, as report-style exports have. */
    XlsxSheet title(String text) {
        Cell cell = newRow().createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(book.boldStyle());
        return this;
    }

    /** Column widths in characters; Chinese text needs about two per glyph. */
    XlsxSheet widths(int... characters) {
        this.widths = characters.clone();
        applyWidths();
        return this;
    }

    XlsxSheet header(String... names) {
        this.header = names.clone();
        writeHeader();
        return this;
    }

    @Override
    public void row(Object... cells) throws IOException {
        if (nextRow >= MAX_ROWS) {
            continueOnNewSheet();
        }
        Row row = newRow();
        for (int i = 0; i < cells.length; i++) {
            write(row, i, cells[i]);
        }
    }

    private void write(Row row, int column, Object value) {
        if (value == null || (value instanceof String text && text.isEmpty())) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(book.dateStyle());
        } else if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            cell.setCellStyle(book.dateTimeStyle());
        } else {
            throw new IllegalArgumentException("no cell form for " + value.getClass().getName());
        }
    }

    private void writeHeader() {
        Row row = newRow();
        CellStyle bold = book.boldStyle();
        for (int i = 0; i < header.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(header[i]);
            cell.setCellStyle(bold);
        }
    }

    private void continueOnNewSheet() {
        continuation++;
        String suffix = "(" + continuation + ")";
        String base = name.length() + suffix.length() > SHEET_NAME_LIMIT
                ? name.substring(0, SHEET_NAME_LIMIT - suffix.length())
                : name;
        sheet = book.workbook().createSheet(base + suffix);
        nextRow = 0;
        applyWidths();
        if (header != null) {
            writeHeader();
        }
    }

    private void applyWidths() {
        if (widths == null) {
            return;
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private Row newRow() {
        return sheet.createRow(nextRow++);
    }
}
