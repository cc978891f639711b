package com.satops.common.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * What a {@link SheetWriter} writes one sheet to: rows of typed cells, each naming its style by
 * {@linkplain ReportStyles#slot slot}, and the sheet's set-up. SheetWriter decides everything; a sink only
 * puts it into a workbook, through POI's streaming sheets or as SpreadsheetML written directly.
 */
interface SheetSink {

    /** The style of a cell given none: the workbook's default. */
    int DEFAULT_STYLE = -1;

    /** The sheet's name in its workbook. */
    String name();

    /** Starts row {@code index} (0-based); rows come in ascending order and cells within a row too. */
    void row(int index);

    /** A text cell; never a formula, whatever it starts with. */
    void text(int column, String value, int style);

    /** A number cell (dates as Excel serial numbers with a date style). */
    void number(int column, double value, int style);

    /** A cell with a style and no value. */
    void blank(int column, int style);

    void columnWidth(int column, int characters);

    /** Freezes the rows above {@code rows}, repeats them on every printed page and prints grid lines. */
    void freezeAndRepeat(int rows);

    void autoFilter(CellRangeAddress range);

    /** A drop-down of {@code values} on a column's rows; anything else is refused. */
    void choices(int firstRow, int lastRow, int column, String[] values);

    /** Whole numbers {@code min} to {@code max} only, on a column's rows. */
    void wholeNumbers(int firstRow, int lastRow, int column, int min, int max);

    /**
     * Prints landscape on A4, one page wide, with these page header and footer texts (Excel's codes such as
     * {@code &P} already in them, a literal {@code &} doubled); a null text leaves that part out.
     */
    void printSetup(String headerCentre, String headerRight, String footerCentre);

    /** The POI sheet, where there is one. */
    SXSSFSheet poi();
}
