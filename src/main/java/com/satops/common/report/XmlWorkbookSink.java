package com.satops.common.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.formula.SheetNameFormatter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A workbook of cells only, written as SpreadsheetML directly: no POI workbook, package or XmlBeans parts
 * are made for it. For jobs that write thousands of small workbooks (visit-assignment's personal lists),
 * where making and saving a POI workbook costs far more than the rows. The parts that do not depend on the
 * content are the same bytes for every workbook: the styles ({@link StylesPart}), the package's relations,
 * the application's properties. It reads back in POI as the {@linkplain SxssfWorkbookSink streaming
 * workbook} of the same content does.
 */
final class XmlWorkbookSink implements WorkbookSink {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final byte[] PACKAGE_RELS = (HEAD + "<Relationships xmlns=\"" + RELATIONSHIPS + "\">"
            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"" + OFFICE + "/officeDocument\"/>"
            + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + OFFICE
            + "/extended-properties\"/>"
            + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\"" + RELATIONSHIPS
            + "/metadata/core-properties\"/></Relationships>").getBytes(StandardCharsets.UTF_8);
    /** The application as POI's own workbooks name it, so both kinds of workbook read back alike. */
    private static final byte[] APP = (HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/extended-properties\"><Application>Apache POI</Application></Properties>")
            .getBytes(StandardCharsets.UTF_8);
    /** Pending row text a sheet hands on to its bytes past this many characters. */
    private static final int ROW_TEXT_CHARS = 8192;

    private final StylesPart styles;
    private final MemoryFirstBytes.Budget budget = MemoryFirstBytes.Budget.ofWorkbook();
    private final List<XmlSheetSink> sheets = new ArrayList<>();
    /** One sheet's row text not yet in its bytes: rows of several sheets may come interleaved. */
    private final StringBuilder rowText = new StringBuilder(ROW_TEXT_CHARS + 1024);
    private XmlSheetSink rowTextOwner;

    XmlWorkbookSink(StylesPart styles) {
        this.styles = styles;
    }

    @Override
    public SheetSink newSheet(String name) {
        XmlSheetSink sheet = new XmlSheetSink(this, name, budget);
        sheets.add(sheet);
        return sheet;
    }

    /** Where {@code sheet} appends its row text, the text of another sheet handed on to that sheet first. */
    StringBuilder rowText(XmlSheetSink sheet) {
        if (rowTextOwner != sheet || rowText.length() > ROW_TEXT_CHARS) {
            try {
                if (rowTextOwner != null) {
                    rowTextOwner.take(rowText);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot hold the rows of " + rowTextOwner.name(), e);
            }
            rowTextOwner = sheet;
        }
        return rowText;
    }

    int styleIndex(int slot) {
        return styles.index(slot);
    }

    /**
     * Zips at the fastest deflate level, as the streaming workbooks do. Entries go out in the order POI
     * reads a package best: content types first.
     */
    @Override
    public void write(OutputStream out) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            zip.setLevel(Deflater.BEST_SPEED);
            writeParts(zip);
        }
    }

    private void writeParts(ZipArchiveOutputStream zip) throws IOException {
        entry(zip, "[Content_Types].xml", contentTypes().getBytes(StandardCharsets.UTF_8));
        entry(zip, "_rels/.rels", PACKAGE_RELS);
        entry(zip, "docProps/app.xml", APP);
        entry(zip, "docProps/core.xml", core().getBytes(StandardCharsets.UTF_8));
        entry(zip, "xl/workbook.xml", workbook().getBytes(StandardCharsets.UTF_8));
        entry(zip, "xl/_rels/workbook.xml.rels", workbookRels().getBytes(StandardCharsets.UTF_8));
        styles.writeTo(zip);
        for (int i = 0; i < sheets.size(); i++) {
            zip.putArchiveEntry(new ZipArchiveEntry(sheetPart(i)));
            sheets.get(i).writeTo(zip, i == 0);
            zip.closeArchiveEntry();
        }
    }

    private static void entry(ZipArchiveOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(bytes);
        zip.closeArchiveEntry();
    }

    private static String sheetPart(int i) {
        return "xl/worksheets/sheet" + (i + 1) + ".xml";
    }

    private String contentTypes() {
        StringBuilder xml = new StringBuilder(1024).append(HEAD)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"")
                .append(" Extension=\"rels\"/><Default ContentType=\"application/xml\" Extension=\"xml\"/>");
        override(xml, "/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        override(xml, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
        override(xml, "/xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        override(xml, "/xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        for (int i = 0; i < sheets.size(); i++) {
            override(xml, "/" + sheetPart(i),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml");
        }
        return xml.append("</Types>").toString();
    }

    private static void override(StringBuilder xml, String part, String type) {
        xml.append("<Override ContentType=\"").append(type).append("\" PartName=\"").append(part).append("\"/>");
    }

    private static String core() {
        return HEAD + "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + Instant.now().truncatedTo(ChronoUnit.SECONDS)
                + "</dcterms:created><dc:creator>Apache POI</dc:creator></cp:coreProperties>";
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder(1024).append(HEAD).append("<workbook xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(OFFICE).append("\"><workbookPr date1904=\"false\"/>")
                .append("<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<sheet name=\"").append(SpreadsheetXml.escape(sheets.get(i).name()))
                    .append("\" r:id=\"rId").append(i + 2).append("\" sheetId=\"").append(i + 1).append("\"/>");
        }
        xml.append("</sheets>");
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < sheets.size(); i++) {
            XmlSheetSink sheet = sheets.get(i);
            String quoted = SheetNameFormatter.format(sheet.name());
            if (sheet.repeatedRows() > 0) {
                definedName(names, "_xlnm.Print_Titles", i, false,
                        quoted + "!$1:$" + sheet.repeatedRows());
            }
            if (sheet.filter() != null) {
                definedName(names, "_xlnm._FilterDatabase", i, true,
                        sheet.filter().formatAsString(sheet.name(), true));
            }
        }
        if (!names.isEmpty()) {
            xml.append("<definedNames>").append(names).append("</definedNames>");
        }
        return xml.append("</workbook>").toString();
    }

    private static void definedName(StringBuilder xml, String name, int sheet, boolean hidden, String range) {
        xml.append("<definedName name=\"").append(name).append("\" localSheetId=\"").append(sheet).append('"')
                .append(hidden ? " hidden=\"true\">" : ">");
        SpreadsheetXml.escape(xml, range);
        xml.append("</definedName>");
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder(1024).append(HEAD).append("<Relationships xmlns=\"")
                .append(RELATIONSHIPS).append("\"><Relationship Id=\"rId1\" Target=\"styles.xml\" Type=\"")
                .append(OFFICE).append("/styles\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            xml.append("<Relationship Id=\"rId").append(i + 2).append("\" Target=\"worksheets/sheet").append(i + 1)
                    .append(".xml\" Type=\"").append(OFFICE).append("/worksheet\"/>");
        }
        return xml.append("</Relationships>").toString();
    }

    @Override
    public SXSSFWorkbook poi() {
        return null;
    }

    @Override
    public void close() {
        sheets.forEach(XmlSheetSink::release);
        sheets.clear();
        rowText.setLength(0);
        rowTextOwner = null;
    }
}
