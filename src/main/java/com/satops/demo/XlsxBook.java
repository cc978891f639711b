package com.satops.demo;

import com.satops.common.report.ReportWorkbook;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;

/**
 * An xlsx export written row by row through the reports' own writer
 * ({@link ReportWorkbook}) on a {@link StampedStreamingWorkbook}: only a small
 * window of rows per sheet is in memory, and closing writes the file (whole or
 * not at all) and deletes POI's temp files.
 */
final class XlsxBook implements InboxFile {

    /** Company exports are stamped in China time, whatever zone the generator runs in. */
    static final ZoneId EXPORT_ZONE = ZoneId.of("Asia/Shanghai");

    private final Path file;
    private final ReportWorkbook workbook;
    private boolean closed;

    XlsxBook(Path file, LocalDateTime exportedAt) {
        this.file = file;
        StampedStreamingWorkbook stamped = new StampedStreamingWorkbook(exportedAt);
        POIXMLProperties.CoreProperties core = stamped.getXSSFWorkbook().getProperties().getCoreProperties();
        Date stamp = Date.from(exportedAt.atZone(EXPORT_ZONE).toInstant());
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        core.setCreator("satops demo");
        this.workbook = ReportWorkbook.on(stamped, file, null, null);
    }

    @Override
    public Path file() {
        return file;
    }

    /** A new sheet at the end of the workbook. */
    XlsxSheet sheet(String name) {
        return new XlsxSheet(workbook.summarySheet(name));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            workbook.save();
        } finally {
            workbook.close();
        }
    }
}
