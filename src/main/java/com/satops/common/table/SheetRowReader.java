package com.satops.common.table;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Pulls the rows of one worksheet's XML one {@code <row>} at a time with StAX,
 * so a sheet of any length is read in constant memory.
 *
 * <p>Until {@link #select} is called every cell is kept by its physical
 * position, as the header search needs; afterwards only the requested columns
 * are turned into text, and the other cells are merely checked for content.
 */
final class SheetRowReader implements Closeable {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final CellTextFormatter formatter;
    private final StringBuilder textBuffer = new StringBuilder();
    private boolean inSheetData;
    private boolean finished;

    private ColumnLayout layout;
    private String[] values = new String[16];
    private int valueCount;
    private int rowNumber;
    private boolean blank;

    SheetRowReader(InputStream in, XMLInputFactory factory, CellTextFormatter formatter) throws XMLStreamException {
        this.in = in;
        this.xml = factory.createXMLStreamReader(in);
        this.formatter = formatter;
    }

    /**
     * From now on fill {@code valuesByColumn} (indexed like the requested
     * columns) with the raw text of the requested cells of each row.
     */
    void select(ColumnLayout columnLayout, String[] valuesByColumn) {
        this.layout = columnLayout;
        this.values = valuesByColumn;
    }

    /** Reads the next {@code <row>}; false after the last one. */
    boolean nextRow() throws XMLStreamException {
        while (!finished && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("sheetData".equals(name)) {
                    inSheetData = true;
                } else if (inSheetData && "row".equals(name)) {
                    readRow();
                    return true;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && inSheetData
                    && "sheetData".equals(xml.getLocalName())) {
                // nothing after the sheet data (merged cells, page setup) holds rows
                finished = true;
            }
        }
        finished = true;
        return false;
    }

    /** The row number as Excel shows it, 1-based. */
    int rowNumber() {
        return rowNumber;
    }

    /** Whether no cell of the row, requested or not, holds anything but spaces. */
    boolean isBlank() {
        return blank;
    }

    /** Before {@link #select}: the raw cell texts by 0-based position, nulls for empty cells. */
    String[] cellsByPosition() {
        return values;
    }

    /** Before {@link #select}: one past the last position with a cell. */
    int cellCount() {
        return valueCount;
    }

    private void readRow() throws XMLStreamException {
        // rows without r follow the previous one, as the format allows
        rowNumber = XmlNumbers.parseNonNegative(xml.getAttributeValue(null, "r"), rowNumber + 1);
        blank = true;
        valueCount = 0;
        Arrays.fill(values, null);
        int position = -1;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if ("c".equals(xml.getLocalName())) {
                    position = readCell(position);
                } else {
                    RichText.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }

    /** Reads one {@code <c>} and returns its 0-based position. */
    private int readCell(int previousPosition) throws XMLStreamException {
        String reference = xml.getAttributeValue(null, "r");
        String type = xml.getAttributeValue(null, "t");
        String style = xml.getAttributeValue(null, "s");
        int position = positionOf(reference, previousPosition + 1);
        String value = null;
        String inline = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("is".equals(name)) {
                    inline = RichText.read(xml, textBuffer);
                } else {
                    // the formula text; its result is in <v>
                    RichText.skipElement(xml);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        int target = layout == null ? position : layout.columnAt(position);
        if (target < 0) {
            if (blank && hasContent(type, value, inline)) {
                blank = false;
            }
            return position;
        }
        String text = inline != null ? inline : formatter.format(type, style, value);
        if (!BlankText.isBlank(text)) {
            blank = false;
            store(target, text);
        }
        return position;
    }

    private void store(int target, String text) {
        if (layout == null && target >= values.length) {
            values = Arrays.copyOf(values, Math.max(target + 1, values.length * 2));
        }
        values[target] = text;
        valueCount = Math.max(valueCount, target + 1);
    }

    /** Whether a cell nobody asked for holds text, without formatting its number. */
    private boolean hasContent(String type, String value, String inline) {
        if (inline != null) {
            return !BlankText.isBlank(inline);
        }
        if (value == null || "e".equals(type)) {
            return false;
        }
        if ("s".equals(type)) {
            return !formatter.isBlankSharedString(value);
        }
        return !BlankText.isBlank(value);
    }

    /** The 0-based column of a reference like {@code AB12}; {@code orElse} when there is none. */
    static int positionOf(String reference, int orElse) {
        if (reference == null) {
            return orElse;
        }
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                column = column * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                column = column * 26 + (c - 'a' + 1);
            } else {
                break;
            }
        }
        return column == 0 ? orElse : column - 1;
    }

    @Override
    public void close() throws IOException {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            IOException closing = new IOException("Cannot close the sheet XML", e);
            try {
                in.close();
            } catch (IOException suppressed) {
                closing.addSuppressed(suppressed);
            }
            throw closing;
        }
        in.close();
    }
}
