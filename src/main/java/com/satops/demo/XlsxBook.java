package com.satops.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;

/**
 * An xlsx file written row by row through a {@link StampedStreamingWorkbook}:
 * only a small window of rows per sheet is in memory, and closing writes the
 * file and deletes POI's temp files.
 */
final class XlsxBook implements InboxFile {

    /** Company exports are stamped in China time, whatever zone the generator runs in. */
    static final ZoneId EXPORT_ZONE = ZoneId.of("Asia/Shanghai");

    private final Path file;
    private final StampedStreamingWorkbook workbook;
    private final CellStyle bold;
    private final CellStyle date;
    private final CellStyle dateTime;
    private boolean closed;

    XlsxBook(Path file, LocalDateTime exportedAt) {
        this.file = file;
        this.workbook = new StampedStreamingWorkbook(exportedAt);
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        Date stamp = Date.from(exportedAt.atZone(EXPORT_ZONE).toInstant());
        core.setCreated(Optional.of(stamp));
        core.setModified(Optional.of(stamp));
        core.setCreator("satops demo");
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        this.bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        this.date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        // The CRM's date-time cells: a time part, so 00:00 still reads as a time
        this.dateTime = workbook.createCellStyle();
        dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d h:mm:ss"));
    }

    @Override
    public Path file() {
        return file;
    }

    /** A new sheet at the end of the workbook. */
    XlsxSheet sheet(String name) {
        return new XlsxSheet(this, workbook.createSheet(name), name);
    }

    StampedStreamingWorkbook workbook() {
        return workbook;
    }

    CellStyle boldStyle() {
        return bold;
    }

    CellStyle dateStyle() {
        return date;
    }

    CellStyle dateTimeStyle() {
        return dateTime;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }
}
