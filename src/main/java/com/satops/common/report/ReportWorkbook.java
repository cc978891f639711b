package com.satops.common.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report workbook written in a stream (SXSSF: only a window of rows in
 * memory, so a million-row sheet fits in a small heap). It appears under its
 * final name only when complete, so a cut-off run never leaves half a report.
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

    private static final int ROWS_IN_MEMORY = 200;
    private static final int SHEET_NAME_LIMIT = 31;
    /**
     * Rows a workbook holds in memory before its sheets go on in temporary files: a person's whole list
     * and more, while a workbook of thousands of lists stays within a few megabytes.
     */
    private static final long ROWS_HELD_BYTES = 4L * 1024 * 1024;

    private final Path target;
    private final SXSSFWorkbook workbook;
    private final ReportText text;
    private final String pageTitle;
    private final ReportStyles styles;
    private final Set<String> sheetNames = new HashSet<>();
    private final List<SheetWriter> sheets = new ArrayList<>();

    private ReportWorkbook(Path target, SXSSFWorkbook workbook, ReportText text, String pageTitle) {
        this.target = target;
        this.workbook = workbook;
        this.text = text;
        this.pageTitle = pageTitle;
        this.styles = new ReportStyles(workbook, text == null ? "0.00" : text.get("format.points"));
    }

    /**
     * A report at {@code target}, worded by {@code text}; {@code pageTitle} heads every printed page
     * (e.g. {@code 星河湾 XXHY · 2026-11}).
     */
    public static ReportWorkbook create(Path target, ReportText text, String pageTitle) {
        return new ReportWorkbook(target, new FastZipWorkbook(ROWS_IN_MEMORY), text, pageTitle);
    }

    /** The same on a streaming workbook the caller made (one stamping its zip entries, say); no wording needed. */
    public static ReportWorkbook on(SXSSFWorkbook workbook, Path target, ReportText text, String pageTitle) {
        return new ReportWorkbook(target, workbook, text, pageTitle);
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

    /** The underlying workbook, for what the writer does not cover (charts). */
    public SXSSFWorkbook poi() {
        return workbook;
    }

    /**
     * Finishes every sheet, writes the workbook and moves it into place; returns its path.
     * The workbook's parts other than the rows are small, so they are zipped from memory
     * rather than through a temporary file of their own.
     */
    public Path save() {
        sheets.forEach(SheetWriter::finish);
        return AtomicWrite.to(target, workbook::writeAvoidingTempFiles);
    }

    /**
     * Lets the workbook go: its rows are dropped and its package reverted. Not POI's close, which saves
     * a package made from scratch once more, into memory, only to throw it away: for visit-assignment's
     * thousands of small workbooks that was a sixth of their cost.
     */
    @Override
    public void close() {
        try {
            workbook.dispose();
        } finally {
            workbook.getXSSFWorkbook().getPackage().revert();
        }
    }

    /**
     * Zips at the fastest deflate level: sheet XML compresses almost as well at it (a few
     * per cent larger) for a third of the default level's time. Rows stay in memory up to
     * {@link #ROWS_HELD_BYTES} for the whole workbook ({@link MemoryFirstSheetData}), and the
     * workbook's other parts go through memory unzipped on their way into the file.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        private final MemoryFirstBytes.Budget budget = new MemoryFirstBytes.Budget(ROWS_HELD_BYTES);
        private final List<MemoryFirstSheetData> rows = new ArrayList<>();

        FastZipWorkbook(int rowsInMemory) {
            super(rowsInMemory);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            if (isCompressTempFiles()) {
                return super.createSheetDataWriter();
            }
            MemoryFirstSheetData sheetRows = MemoryFirstSheetData.within(budget);
            rows.add(sheetRows);
            return sheetRows;
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }

        /**
         * As SXSSF's own, but the parts other than the rows (styles, the workbook, each sheet's
         * set-up) are zipped in memory without compression: they are unzipped again at once to be
         * copied into the file, where they are compressed once.
         */
        @Override
        public void writeAvoidingTempFiles(OutputStream stream) throws IOException {
            flushSheets();
            UnsynchronizedByteArrayOutputStream parts = UnsynchronizedByteArrayOutputStream.builder().get();
            ZipArchiveOutputStream unzipped = new ZipArchiveOutputStream(parts);
            unzipped.setLevel(Deflater.NO_COMPRESSION);
            _wb.write(unzipped);
            unzipped.close();
            try (ZipInputStreamZipEntrySource source = new ZipInputStreamZipEntrySource(
                    new ZipArchiveThresholdInputStream(new ZipArchiveInputStream(parts.toInputStream())))) {
                injectData(source, stream);
            }
        }

        @Override
        public boolean dispose() {
            boolean disposed = super.dispose();
            rows.forEach(MemoryFirstSheetData::release);
            rows.clear();
            return disposed;
        }
    }

    ReportText text() {
        return text;
    }

    ReportStyles styles() {
        return styles;
    }

    String pageTitle() {
        return pageTitle;
    }

    SXSSFSheet newSheet(String wanted) {
        return workbook.createSheet(uniqueName(wanted));
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
