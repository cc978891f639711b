package com.satops.common.report;

import com.satops.common.report.ReportStyles.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Appends rows to one report sheet and styles them from their columns' kinds.
 * Strings are always written as text cells, never as formulas, so a value from a
 * file that starts with = + - @ stays text.
 *
 * <p>Column widths follow the content: the writer keeps the widest value seen
 * per column (Chinese characters counted double, capped by the column's kind)
 * and sets the widths when the workbook is saved, so no row is held for it. A
 * list sheet past Excel's row limit goes on in a continuation sheet of the same
 * name ("可抽样(2)") with the same title lines and header.
 */
public final class SheetWriter {

    enum Layout { LIST, SUMMARY }

    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Room for the filter arrow beside a header. */
    private static final int HEADER_PADDING = 3;
    private static final int CELL_PADDING = 2;

    private final ReportWorkbook book;
    private final String name;
    private Layout layout;
    private final List<SXSSFSheet> parts = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private SXSSFSheet sheet;
    private int nextRow;
    private Column[] columns = new Column[0];
    private int headerRow = -1;
    private boolean inTable;
    private int[] widths = new int[0];

    SheetWriter(ReportWorkbook book, String name, Layout layout) {
        this.book = book;
        this.name = name;
        this.layout = layout;
        this.sheet = newPart();
    }

    /** A bold title line; it may run across empty cells and does not widen its column. */
    public SheetWriter title(String text) {
        if (headerRow < 0) {
            titles.add(text);
        }
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(book.styles().get(CellFormat.TEXT, Role.TITLE, false));
        return this;
    }

    /** A line of explanation (instructions, a footnote): plain, not widening its column. */
    public SheetWriter note(String text) {
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(text);
        return this;
    }

    /** Starts a table on a summary sheet: a bold header row; the rows after it are bordered until {@link #blank()}. */
    public SheetWriter table(Column... tableColumns) {
        writeHeaderRow(tableColumns);
        inTable = true;
        return this;
    }

    /**
     * Appends a row: String, Number (a BigDecimal in a rate column is a rate), LocalDate, LocalDateTime,
     * Boolean (是/否), {@link Share}, {@link Points} or null (blank).
     */
    public SheetWriter row(Object... values) {
        return write(values, layout == Layout.SUMMARY && inTable ? Role.BODY : Role.PLAIN);
    }

    /** A total line of a summary table: bold, with a rule above. */
    public SheetWriter total(Object... values) {
        return write(values, Role.TOTAL);
    }

    /** Leaves a blank row, e.g. between a summary block and a table; ends the table. */
    public SheetWriter blank() {
        nextRow++;
        if (layout == Layout.SUMMARY) {
            inTable = false;
            columns = new Column[0];
        }
        return this;
    }

    /** The sheet rows go to now (the continuation sheet once one was started). */
    public SXSSFSheet poi() {
        return sheet;
    }

    /**
     * Makes the sheet a listing from here: a bold header row, frozen, filtered and repeated on every
     * printed page; the lines written before it are its title lines.
     */
    public SheetWriter header(Column... listColumns) {
        layout = Layout.LIST;
        writeHeaderRow(listColumns);
        headerRow = nextRow - 1;
        sheet.createFreezePane(0, nextRow);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + nextRow));
        sheet.setPrintGridlines(true);
        return this;
    }

    /** Sets the widths from the content and the filter over the header and rows. */
    void finish() {
        for (SXSSFSheet part : parts) {
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > 0) {
                    part.setColumnWidth(i, widths[i] * 256);
                }
            }
            if (layout == Layout.LIST && columns.length > 0) {
                int last = part == sheet ? Math.max(headerRow, nextRow - 1) : MAX_ROWS - 1;
                part.setAutoFilter(new CellRangeAddress(headerRow, last, 0, columns.length - 1));
            }
        }
    }

    private SheetWriter write(Object[] values, Role role) {
        if (layout == Layout.LIST && nextRow >= MAX_ROWS) {
            continueOnNewSheet();
        }
        Row row = sheet.createRow(nextRow++);
        int cells = role == Role.PLAIN ? values.length : Math.max(values.length, columns.length);
        for (int i = 0; i < cells; i++) {
            Object value = i < values.length ? values[i] : null;
            writeCell(row, i, value, role);
        }
        return this;
    }

    private void writeCell(Row row, int column, Object value, Role role) {
        ColumnKind kind = kindOf(column);
        if (value == null) {
            if (role != Role.PLAIN) {
                row.createCell(column).setCellStyle(book.styles().get(CellFormat.GENERAL, role, false));
            }
            return;
        }
        Cell cell = row.createCell(column);
        CellFormat format;
        int width;
        if (value instanceof Share share) {
            cell.setCellValue(share.fraction().doubleValue());
            format = CellFormat.PERCENT;
            width = 8;
        } else if (value instanceof Points points) {
            cell.setCellValue(points.fraction().movePointRight(2).doubleValue());
            format = CellFormat.POINTS;
            width = 14;
        } else if (value instanceof BigDecimal decimal) {
            format = decimalFormat(kind);
            cell.setCellValue(format == CellFormat.POINTS ? decimal.movePointRight(2).doubleValue()
                    : decimal.doubleValue());
            width = format == CellFormat.POINTS ? 14 : decimal.toPlainString().length() + 2;
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            format = decimalFormat(kind);
            cell.setCellValue(format == CellFormat.POINTS ? number * 100 : number);
            width = format == CellFormat.PERCENT ? 8 : 12;
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            format = kind == ColumnKind.MONEY ? CellFormat.MONEY : CellFormat.GENERAL;
            width = String.valueOf(number).length() + (kind == ColumnKind.MONEY ? 4 : 0);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            format = CellFormat.DATE;
            width = 10;
        } else if (value instanceof LocalDateTime moment) {
            cell.setCellValue(moment);
            format = CellFormat.DATE_TIME;
            width = 19;
        } else {
            String text = value instanceof Boolean yes ? book.text().yesNo(yes) : String.valueOf(value);
            cell.setCellValue(text);
            format = CellFormat.TEXT;
            width = TextWidth.widestLine(text);
        }
        boolean wrapped = kind.wrapped() && format == CellFormat.TEXT;
        cell.setCellStyle(book.styles().get(format, role, wrapped));
        track(column, kind, width + CELL_PADDING);
    }

    private static CellFormat decimalFormat(ColumnKind kind) {
        return switch (kind) {
            case RATE -> CellFormat.PERCENT;
            case POINTS -> CellFormat.POINTS;
            case MONEY -> CellFormat.MONEY;
            default -> CellFormat.NUMBER;
        };
    }

    private void writeHeaderRow(Column[] headerColumns) {
        columns = headerColumns.clone();
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns[i].header());
            cell.setCellStyle(book.styles().get(CellFormat.TEXT, Role.HEADER, false));
            track(i, columns[i].kind(), TextWidth.of(columns[i].header()) + HEADER_PADDING);
        }
    }

    private ColumnKind kindOf(int column) {
        return column < columns.length ? columns[column].kind() : ColumnKind.TEXT;
    }

    private void track(int column, ColumnKind kind, int width) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, Math.max(column + 1, widths.length * 2));
        }
        widths[column] = Math.max(widths[column], kind.widthFor(width));
    }

    private void continueOnNewSheet() {
        Column[] header = columns;
        sheet = newPart();
        nextRow = 0;
        titles.forEach(line -> {
            Cell cell = sheet.createRow(nextRow++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(book.styles().get(CellFormat.TEXT, Role.TITLE, false));
        });
        header(header);
    }

    private SXSSFSheet newPart() {
        SXSSFSheet part = book.newSheet(name);
        PrintSetup print = part.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        part.setFitToPage(true);
        part.setAutobreaks(true);
        if (book.pageTitle() != null) {
            part.getHeader().setCenter(book.pageTitle().replace("&", "&&"));
        }
        part.getHeader().setRight(part.getSheetName().replace("&", "&&"));
        // &P and &N are Excel's page number and page count
        part.getFooter().setCenter("&P / &N");
        parts.add(part);
        return part;
    }
}
