package com.satops.common.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report workbook written in a stream (only a window of rows in memory, so a million-row sheet fits in a
 * small heap). It appears under its final name only when complete, so a cut-off run never leaves half a
 * report.
 *
 * <p>All styling is decided here and in {@link SheetWriter}: a job opens a
 * {@linkplain #listSheet list sheet} with its {@link Column}s, or a
 * {@linkplain #summarySheet summary sheet} of key figures and small tables, and
 * writes values. Widths follow the content, headers are bold, frozen and
 * filtered, numbers, rates and dates get their formats, and every sheet prints
 * landscape, one page wide, with {@code pageTitle} (project and period) in the
 * page header.
 */
public final class ReportWorkbook implements AutoCloseable {

    private static final int SHEET_NAME_LIMIT = 31;

    private final Path target;
    private final WorkbookSink workbook;
    private final ReportText text;
    private final String pageTitle;
    private final Set<String> sheetNames = new HashSet<>();
    private final List<SheetWriter> sheets = new ArrayList<>();

    private ReportWorkbook(Path target, WorkbookSink workbook, ReportText text, String pageTitle) {
        this.target = target;
        this.workbook = workbook;
        this.text = text;
        this.pageTitle = pageTitle;
    }

    /**
     * A report at {@code target}, worded by {@code text}; {@code pageTitle} heads every printed page
     * (e.g. {@code 星河湾 XXHY · 2026-11}).
     */
    public static ReportWorkbook create(Path target, ReportText text, String pageTitle) {
        return new ReportWorkbook(target, SxssfWorkbookSink.fastZip(pointsPattern(text)), text, pageTitle);
    }

    /** The same on a streaming workbook the caller made (one stamping its zip entries, say); no wording needed. */
    public static ReportWorkbook on(SXSSFWorkbook workbook, Path target, ReportText text, String pageTitle) {
        return new ReportWorkbook(target, new SxssfWorkbookSink(workbook, pointsPattern(text)), text, pageTitle);
    }

    /**
     * A report of cells only, as {@link #create} makes it but written as SpreadsheetML directly, without a POI
     * workbook: a personal visit list costs a fifth to a third as much, for a job that writes thousands. It has
     * no {@link #poi()} (so no charts); everything {@link SheetWriter} writes reads back the same.
     */
    public static ReportWorkbook cellsOnly(Path target, ReportText text, String pageTitle) {
        return new ReportWorkbook(target, new XmlWorkbookSink(StylesPart.of(pointsPattern(text))), text, pageTitle);
    }

    private static String pointsPattern(ReportText text) {
        return text == null ? "0.00" : text.get("format.points");
    }

    /** A listing: one header row of {@code columns}, then a row per record. */
    public SheetWriter listSheet(String name, Column... columns) {
        return listSheet(name, List.of(), columns);
    }

    /** A listing with title lines above its header row, as exports of other systems have. */
    public SheetWriter listSheet(String name, List<String> titleLines, Column... columns) {
        SheetWriter sheet = new SheetWriter(this, name, SheetWriter.Layout.LIST);
        titleLines.forEach(sheet::title);
        sheet.header(columns);
        sheets.add(sheet);
        return sheet;
    }

    /** A summary: key figures and small tables ({@link SheetWriter#table}) with borders and bold totals. */
    public SheetWriter summarySheet(String name) {
        SheetWriter sheet = new SheetWriter(this, name, SheetWriter.Layout.SUMMARY);
        sheets.add(sheet);
        return sheet;
    }

    /** The underlying workbook, for what the writer does not cover (charts); none for {@link #cellsOnly}. */
    public SXSSFWorkbook poi() {
        if (workbook.poi() == null) {
            throw new UnsupportedOperationException(target.getFileName() + " is written without POI");
        }
        return workbook.poi();
    }

    /** Finishes every sheet, writes the workbook and moves it into place; returns its path. */
    public Path save() {
        sheets.forEach(SheetWriter::finish);
        return AtomicWrite.to(target, workbook::write);
    }

    /** Lets the workbook go: the rows it holds and its temporary files. */
    @Override
    public void close() {
        workbook.close();
    }

    ReportText text() {
        return text;
    }

    String pageTitle() {
        return pageTitle;
    }

    SheetSink newSheet(String wanted) {
        return workbook.newSheet(uniqueName(wanted));
    }

    private String uniqueName(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
        if (base.isBlank()) {
            base = "Sheet";
        }
        base = base.length() > SHEET_NAME_LIMIT ? base.substring(0, SHEET_NAME_LIMIT) : base;
        String name = base;
        int n = 2;
        while (!sheetNames.add(name.toLowerCase(Locale.ROOT))) {
            String suffix = "(" + n++ + ")";
            name = (base.length() + suffix.length() > SHEET_NAME_LIMIT
                    ? base.substring(0, SHEET_NAME_LIMIT - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
