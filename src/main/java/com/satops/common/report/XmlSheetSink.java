package com.satops.common.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet written as SpreadsheetML text, what POI's streaming sheet writes for the same cells and set-up.
 * Rows go on as they come into bytes held in memory within the workbook's budget and then in a temporary
 * file ({@link MemoryFirstBytes}), so a sheet of any length keeps the heap flat; the parts before and after
 * them (widths, frozen rows, filter, checks, printing) are written when the workbook is saved.
 */
final class XmlSheetSink implements SheetSink {

    private final XmlWorkbookSink book;
    private final String name;
    private final MemoryFirstBytes rows;
    private boolean rowOpen;
    /** The row being written, the last so far. */
    private int row = -1;
    private int lastColumn = -1;
    private int[] widths = new int[0];
    private int frozenRows;
    private CellRangeAddress filter;
    private final StringBuilder validations = new StringBuilder();
    private int validationCount;
    private boolean printSetUp;
    private String header;
    private String footer;

    XmlSheetSink(XmlWorkbookSink book, String name, MemoryFirstBytes.Budget budget) {
        this.book = book;
        this.name = name;
        this.rows = new MemoryFirstBytes(budget);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void row(int index) {
        StringBuilder xml = book.rowText(this);
        if (rowOpen) {
            xml.append("</row>\n");
        }
        xml.append("<row r=\"").append(index + 1).append("\">");
        rowOpen = true;
        row = index;
    }

    @Override
    public void text(int column, String value, int style) {
        StringBuilder xml = cell(column, style);
        xml.append(" t=\"inlineStr\"><is><t");
        if (SpreadsheetXml.keepsSpace(value)) {
            xml.append(" xml:space=\"preserve\"");
        }
        xml.append('>');
        SpreadsheetXml.escape(xml, value);
        xml.append("</t></is></c>");
    }

    @Override
    public void number(int column, double value, int style) {
        cell(column, style).append(" t=\"n\"><v>").append(value).append("</v></c>");
    }

    @Override
    public void blank(int column, int style) {
        cell(column, style).append("/>");
    }

    private StringBuilder cell(int column, int style) {
        StringBuilder xml = book.rowText(this);
        xml.append("<c r=\"");
        SpreadsheetXml.reference(xml, column, row);
        xml.append('"');
        if (style != DEFAULT_STYLE) {
            xml.append(" s=\"").append(book.styleIndex(style)).append('"');
        }
        lastColumn = Math.max(lastColumn, column);
        return xml;
    }

    @Override
    public void columnWidth(int column, int characters) {
        if (column >= widths.length) {
            widths = Arrays.copyOf(widths, column + 1);
        }
        widths[column] = characters;
    }

    @Override
    public void freezeAndRepeat(int rows) {
        frozenRows = rows;
    }

    /** The rows repeated on every printed page, 1-based as a defined name says them; 0 for none. */
    int repeatedRows() {
        return frozenRows;
    }

    @Override
    public void autoFilter(CellRangeAddress range) {
        filter = range;
    }

    CellRangeAddress filter() {
        return filter;
    }

    @Override
    public void choices(int firstRow, int lastRow, int column, String[] values) {
        validation("type=\"list\"", firstRow, lastRow, column);
        validations.append("<formula1>");
        SpreadsheetXml.escape(validations, '"' + String.join(",", values) + '"');
        validations.append("</formula1></dataValidation>");
    }

    @Override
    public void wholeNumbers(int firstRow, int lastRow, int column, int min, int max) {
        validation("type=\"whole\" operator=\"between\"", firstRow, lastRow, column);
        validations.append("<formula1>").append(min).append("</formula1><formula2>").append(max)
                .append("</formula2></dataValidation>");
    }

    private void validation(String type, int firstRow, int lastRow, int column) {
        validations.append("<dataValidation ").append(type).append(" sqref=\"");
        SpreadsheetXml.reference(validations, column, firstRow);
        validations.append(':');
        SpreadsheetXml.reference(validations, column, lastRow);
        validations.append("\" allowBlank=\"true\" errorStyle=\"stop\" showErrorMessage=\"true\">");
        validationCount++;
    }

    @Override
    public void printSetup(String headerCentre, String headerRight, String footerCentre) {
        printSetUp = true;
        header = headerFooter(headerCentre, headerRight);
        footer = headerFooter(footerCentre, null);
    }

    /** Excel's sections of a page header or footer, as POI joins them. */
    private static String headerFooter(String centre, String right) {
        String text = (centre == null || centre.isEmpty() ? "" : "&C" + centre)
                + (right == null || right.isEmpty() ? "" : "&R" + right);
        return text.isEmpty() ? null : text;
    }

    @Override
    public SXSSFSheet poi() {
        return null;
    }

    /** Takes the pending row text into the sheet's bytes. */
    void take(StringBuilder xml) throws IOException {
        if (!xml.isEmpty()) {
            rows.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            xml.setLength(0);
        }
    }

    /** Writes the whole sheet part; {@code selected}: the sheet a workbook opens at. */
    void writeTo(OutputStream out, boolean selected) throws IOException {
        StringBuilder xml = book.rowText(this);
        if (rowOpen) {
            xml.append("</row>\n");
            rowOpen = false;
        }
        take(xml);
        rows.close();
        out.write(head(selected).getBytes(StandardCharsets.UTF_8));
        try (InputStream held = rows.read()) {
            held.transferTo(out);
        }
        out.write(tail().getBytes(StandardCharsets.UTF_8));
    }

    private String head(boolean selected) {
        StringBuilder xml = new StringBuilder(512);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"")
                .append(XmlWorkbookSink.MAIN).append("\">");
        if (printSetUp) {
            xml.append("<sheetPr><pageSetUpPr fitToPage=\"true\" autoPageBreaks=\"true\"/></sheetPr>");
        }
        xml.append("<dimension ref=\"A1");
        if (row > 0 || lastColumn > 0) {
            xml.append(':');
            SpreadsheetXml.reference(xml, Math.max(lastColumn, 0), Math.max(row, 0));
        }
        xml.append("\"/><sheetViews><sheetView workbookViewId=\"0\"");
        if (selected) {
            xml.append(" tabSelected=\"true\"");
        }
        if (frozenRows > 0) {
            xml.append("><pane ySplit=\"").append(frozenRows).append("\" state=\"frozen\" topLeftCell=\"");
            SpreadsheetXml.reference(xml, 0, frozenRows);
            xml.append("\" activePane=\"bottomLeft\"/><selection pane=\"bottomLeft\"/></sheetView>");
        } else {
            xml.append("/>");
        }
        xml.append("</sheetViews><sheetFormatPr defaultRowHeight=\"15.0\"/>");
        boolean anyWidth = false;
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] > 0) {
                xml.append(anyWidth ? "" : "<cols>").append("<col min=\"").append(i + 1).append("\" max=\"")
                        .append(i + 1).append("\" width=\"").append((double) widths[i])
                        .append("\" customWidth=\"true\"/>");
                anyWidth = true;
            }
        }
        xml.append(anyWidth ? "</cols>" : "").append("<sheetData>\n");
        return xml.toString();
    }

    private String tail() {
        StringBuilder xml = new StringBuilder(512).append("</sheetData>");
        if (filter != null) {
            xml.append("<autoFilter ref=\"").append(filter.formatAsString()).append("\"/>");
        }
        if (validationCount > 0) {
            xml.append("<dataValidations count=\"").append(validationCount).append("\">").append(validations)
                    .append("</dataValidations>");
        }
        if (frozenRows > 0) {
            xml.append("<printOptions gridLines=\"true\"/>");
        }
        xml.append("<pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\""
                + " top=\"0.75\"/>");
        if (printSetUp) {
            xml.append("<pageSetup orientation=\"landscape\" paperSize=\"9\" fitToWidth=\"1\" fitToHeight=\"0\"/>");
        }
        if (header != null || footer != null) {
            xml.append("<headerFooter>");
            if (header != null) {
                xml.append("<oddHeader>").append(SpreadsheetXml.escape(header)).append("</oddHeader>");
            }
            if (footer != null) {
                xml.append("<oddFooter>").append(SpreadsheetXml.escape(footer)).append("</oddFooter>");
            }
            xml.append("</headerFooter>");
        }
        return xml.append("</worksheet>").toString();
    }

    void release() {
        rows.release();
    }
}
