package com.satops.common.report;

import com.satops.common.report.ReportStyles.Role;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.DateUtil;
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
    private final List<SheetSink> parts = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private SheetSink sheet;
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
        titleLine(text);
        return this;
    }

    /** A line of explanation (instructions, a footnote): plain, not widening its column. */
    public SheetWriter note(String text) {
        sheet.row(nextRow++);
        sheet.text(0, text, SheetSink.DEFAULT_STYLE);
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

    /**
     * The sheet rows go to now (the continuation sheet once one was started), in a workbook written through
     * POI; a workbook written without POI has none.
     */
    public SXSSFSheet poi() {
        if (sheet.poi() == null) {
            throw new UnsupportedOperationException(name + " is written without POI");
        }
        return sheet.poi();
    }

    /**
     * A drop-down of {@code values} on rows {@code firstRow} to {@code lastRow} (0-based) of a column: what a
     * user fills in is one of them.
     */
    public SheetWriter choices(int firstRow, int lastRow, int column, String... values) {
        sheet.choices(firstRow, lastRow, column, values);
        return this;
    }

    /** Only whole numbers {@code min} to {@code max} may be filled in on rows {@code firstRow} to {@code lastRow}. */
    public SheetWriter wholeNumbers(int firstRow, int lastRow, int column, int min, int max) {
        sheet.wholeNumbers(firstRow, lastRow, column, min, max);
        return this;
    }

    /**
     * Makes the sheet a listing from here: a bold header row, frozen, filtered and repeated on every
     * printed page; the lines written before it are its title lines.
     */
    public SheetWriter header(Column... listColumns) {
        layout = Layout.LIST;
        writeHeaderRow(listColumns);
        headerRow = nextRow - 1;
        sheet.freezeAndRepeat(nextRow);
        return this;
    }

    /** Sets the widths from the content and the filter over the header and rows. */
    void finish() {
        for (SheetSink part : parts) {
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > 0) {
                    part.columnWidth(i, widths[i]);
                }
            }
            if (layout == Layout.LIST && columns.length > 0) {
                int last = part == sheet ? Math.max(headerRow, nextRow - 1) : MAX_ROWS - 1;
                part.autoFilter(new CellRangeAddress(headerRow, last, 0, columns.length - 1));
            }
        }
    }

    private SheetWriter write(Object[] values, Role role) {
        if (layout == Layout.LIST && nextRow >= MAX_ROWS) {
            continueOnNewSheet();
        }
        sheet.row(nextRow++);
        int cells = role == Role.PLAIN ? values.length : Math.max(values.length, columns.length);
        for (int i = 0; i < cells; i++) {
            Object value = i < values.length ? values[i] : null;
            writeCell(i, value, role);
        }
        return this;
    }

    private void writeCell(int column, Object value, Role role) {
        ColumnKind kind = kindOf(column);
        if (value == null) {
            if (role != Role.PLAIN) {
                sheet.blank(column, ReportStyles.slot(CellFormat.GENERAL, role, false));
            }
            return;
        }
        CellFormat format;
        double number = 0;
        String text = null;
        int width;
        if (value instanceof Share share) {
            number = share.fraction().doubleValue();
            format = CellFormat.PERCENT;
            width = 8;
        } else if (value instanceof Points points) {
            number = points.fraction().movePointRight(2).doubleValue();
            format = CellFormat.POINTS;
            width = 14;
        } else if (value instanceof BigDecimal decimal) {
            format = decimalFormat(kind);
            number = format == CellFormat.POINTS ? decimal.movePointRight(2).doubleValue() : decimal.doubleValue();
            width = format == CellFormat.POINTS ? 14 : decimal.toPlainString().length() + 2;
        } else if (value instanceof Double || value instanceof Float) {
            format = decimalFormat(kind);
            number = ((Number) value).doubleValue() * (format == CellFormat.POINTS ? 100 : 1);
            width = format == CellFormat.PERCENT ? 8 : 12;
        } else if (value instanceof Number whole) {
            number = whole.doubleValue();
            format = kind == ColumnKind.MONEY ? CellFormat.MONEY : CellFormat.GENERAL;
            width = String.valueOf(whole).length() + (kind == ColumnKind.MONEY ? 4 : 0);
        } else if (value instanceof LocalDate day) {
            number = DateUtil.getExcelDate(day);
            format = CellFormat.DATE;
            width = 10;
        } else if (value instanceof LocalDateTime moment) {
            number = DateUtil.getExcelDate(moment);
            format = CellFormat.DATE_TIME;
            width = 19;
        } else {
            text = value instanceof Boolean yes ? book.text().yesNo(yes) : String.valueOf(value);
            format = CellFormat.TEXT;
            width = TextWidth.widestLine(text);
        }
        int style = ReportStyles.slot(format, role, kind.wrapped() && format == CellFormat.TEXT);
        if (text != null) {
            sheet.text(column, text, style);
        } else {
            sheet.number(column, number, style);
        }
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
        sheet.row(nextRow++);
        for (int i = 0; i < columns.length; i++) {
            sheet.text(i, columns[i].header(), ReportStyles.slot(CellFormat.TEXT, Role.HEADER, false));
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
        titles.forEach(this::titleLine);
        header(header);
    }

    private void titleLine(String text) {
        sheet.row(nextRow++);
        sheet.text(0, text, ReportStyles.slot(CellFormat.TEXT, Role.TITLE, false));
    }

    private SheetSink newPart() {
        SheetSink part = book.newSheet(name);
        // &P and &N are Excel's page number and page count
        part.printSetup(book.pageTitle() == null ? null : book.pageTitle().replace("&", "&&"),
                part.name().replace("&", "&&"), "&P / &N");
        parts.add(part);
        return part;
    }
}
