package com.satops.common.table;

import org.apache.poi.EmptyFileException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams the data rows of every sheet of an xlsx workbook that has a header
 * row, one StAX pull over each sheet's XML, without POI's usermodel: only the
 * shared strings and the styles are held in memory. How far it has read is
 * the share of the sheets' XML read, as a share of the file's bytes.
 */
final class XlsxTableReader implements TableReader {

    private final Path file;
    private final ColumnSet columns;
    private final HeaderLocator headerLocator;
    private final OPCPackage pkg;
    private final XMLInputFactory xmlFactory = SheetXml.factory();
    private final String[] values;
    private XSSFReader.SheetIterator sheets;
    private CellTextFormatter formatter;
    private SheetRowReader currentRows;
    private String currentSheet;
    private boolean closed;
    private long fileSize;
    private long sheetXmlTotal;
    private long sheetXmlDone;
    private CountingInputStream currentXml;
    private long currentXmlSize;

    XlsxTableReader(Path file, ColumnSet columns) throws IOException {
        this.file = file;
        this.columns = columns;
        this.headerLocator = new HeaderLocator(columns);
        this.values = new String[columns.size()];
        this.pkg = openPackage(file);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            boolean date1904;
            try (InputStream workbook = reader.getWorkbookData()) {
                date1904 = usesDate1904(workbook);
            }
            this.formatter = new CellTextFormatter(
                    SharedStringsParser.parse(pkg, xmlFactory), CellFormats.of(pkg, xmlFactory), date1904);
            this.sheets = reader.getSheetIterator();
            this.fileSize = Files.size(file);
            this.sheetXmlTotal = pkg.getPartsByContentType(XSSFRelation.WORKSHEET.getContentType()).stream()
                    .mapToLong(part -> Math.max(0, part.getSize())).sum();
            if (!openNextDataSheet()) {
                throw headerLocator.missingColumns(file);
            }
        } catch (IOException e) {
            closeAfterFailure(e);
            throw e;
        } catch (OpenXML4JException | XMLStreamException | POIXMLException | OpenXML4JRuntimeException e) {
            IOException failure = unreadable(e);
            closeAfterFailure(failure);
            throw failure;
        }
    }

    private static OPCPackage openPackage(Path file) throws IOException {
        try {
            // read-only: POI never rewrites the dropped file, and parts stream from the zip
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | UnsupportedFileFormatException | EmptyFileException
                 | OpenXML4JRuntimeException e) {
            throw new UnreadableFileException(e, "inbox.file.notXlsx");
        }
    }

    @Override
    public TableRow next() throws IOException {
        try {
            while (currentRows != null) {
                if (currentRows.nextRow()) {
                    if (currentRows.isBlank()) {
                        continue;
                    }
                    return columns.row(currentSheet, currentRows.rowNumber(), values);
                }
                closeCurrentSheet();
                openNextDataSheet();
            }
            return null;
        } catch (XMLStreamException | POIXMLException | OpenXML4JRuntimeException e) {
            throw unreadable(e);
        }
    }

    /** Moves to the next sheet with a header row; false when no sheet is left. */
    private boolean openNextDataSheet() throws IOException, XMLStreamException {
        while (sheets.hasNext()) {
            CountingInputStream sheetXml = new CountingInputStream(sheets.next());
            currentSheet = sheets.getSheetName();
            PackagePart part = sheets.getSheetPart();
            currentXml = sheetXml;
            currentXmlSize = part == null ? 0 : Math.max(0, part.getSize());
            SheetRowReader rows;
            try {
                rows = new SheetRowReader(sheetXml, xmlFactory, formatter);
            } catch (XMLStreamException e) {
                sheetXml.close();
                throw e;
            }
            currentRows = rows;
            ColumnLayout layout = locateHeader(rows);
            if (layout != null) {
                rows.select(layout, values);
                return true;
            }
            // a summary or notes sheet: the rest of it is not even parsed
            closeCurrentSheet();
        }
        currentSheet = null;
        return false;
    }

    private ColumnLayout locateHeader(SheetRowReader rows) throws XMLStreamException {
        int nonEmptyRows = 0;
        while (nonEmptyRows < HeaderLocator.SEARCH_ROWS && rows.nextRow()) {
            if (rows.isBlank()) {
                continue;
            }
            nonEmptyRows++;
            ColumnLayout layout = headerLocator.offer(
                    currentSheet, rows.rowNumber(), rows.cellsByPosition(), rows.cellCount());
            if (layout != null) {
                return layout;
            }
        }
        return null;
    }

    /** Reads {@code <workbookPr date1904="1"/>}: Mac workbooks count dates from 1904. */
    private boolean usesDate1904(InputStream workbookXml) throws XMLStreamException {
        XMLStreamReader xml = xmlFactory.createXMLStreamReader(workbookXml);
        try {
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if ("workbookPr".equals(name)) {
                    String date1904 = xml.getAttributeValue(null, "date1904");
                    return "1".equals(date1904) || "true".equalsIgnoreCase(date1904);
                }
                if ("sheets".equals(name)) {
                    return false;
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    private IOException unreadable(Exception e) {
        String sheet = currentSheet == null ? "" : currentSheet;
        // POI's own inflate and size limits (common/config WorkbookLimits) speak of a zip bomb: say so.
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb") || message.contains("max size of the expanded"))) {
                return new UnreadableFileException(e, "inbox.file.zipBomb", sheet);
            }
        }
        return new UnreadableFileException(e, "inbox.file.damagedXlsx", sheet);
    }

    @Override
    public long bytesRead() {
        if (sheetXmlTotal <= 0) {
            return 0;
        }
        long xml = sheetXmlDone + (currentXml == null ? 0 : Math.min(currentXml.count(), currentXmlSize));
        return Math.round(fileSize * Math.min(1.0, xml / (double) sheetXmlTotal));
    }

    private void closeCurrentSheet() throws IOException {
        SheetRowReader rows = currentRows;
        currentRows = null;
        sheetXmlDone += currentXmlSize;
        currentXml = null;
        currentXmlSize = 0;
        if (rows != null) {
            rows.close();
        }
    }

    private void closeAfterFailure(IOException failure) {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeCurrentSheet();
        } finally {
            // revert, not close: close() on a read-only package warns that it cannot save
            pkg.revert();
        }
    }
}
