package com.satops.common.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipInputStreamZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A POI streaming workbook (SXSSF: only a window of rows in memory, so a million-row sheet fits in a small
 * heap), for reports that need POI beyond cells (charts).
 */
final class SxssfWorkbookSink implements WorkbookSink {

    private static final int ROWS_IN_MEMORY = 200;

    private final SXSSFWorkbook workbook;
    private final ReportStyles styles;

    SxssfWorkbookSink(SXSSFWorkbook workbook, String pointsPattern) {
        this.workbook = workbook;
        this.styles = new ReportStyles(workbook, pointsPattern);
    }

    /** A streaming workbook zipped fast, its rows first in memory. */
    static SxssfWorkbookSink fastZip(String pointsPattern) {
        return new SxssfWorkbookSink(new FastZipWorkbook(ROWS_IN_MEMORY), pointsPattern);
    }

    @Override
    public SheetSink newSheet(String name) {
        return new SxssfSheetSink(workbook.createSheet(name), styles);
    }

    /**
     * The workbook's parts other than the rows are small, so they are zipped from memory rather than
     * through a temporary file of their own.
     */
    @Override
    public void write(OutputStream out) throws IOException {
        workbook.writeAvoidingTempFiles(out);
    }

    @Override
    public SXSSFWorkbook poi() {
        return workbook;
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
     * per cent larger) for a third of the default level's time. Rows stay in memory within the
     * workbook's {@linkplain MemoryFirstBytes.Budget budget} ({@link MemoryFirstSheetData}), and the
     * workbook's other parts go through memory unzipped on their way into the file.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        private final MemoryFirstBytes.Budget budget = MemoryFirstBytes.Budget.ofWorkbook();
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
}
