package com.satops.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming workbook whose zip entries all carry one fixed time. POI copies
 * the wall-clock time of its template into every entry, which would make two
 * generations with the same seed differ in bytes. A zip entry's DOS time has no
 * zone, so the stamp is the export's local clock reading in whatever zone the
 * generator runs, which keeps the bytes the same on every machine.
 */
final class StampedStreamingWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet; older rows go to a compressed temp file. */
    static final int ROW_WINDOW = 100;

    private final long entryTime;

    StampedStreamingWorkbook(LocalDateTime exportedAt) {
        super(null, ROW_WINDOW, true, false);
        this.entryTime = exportedAt.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                entry.setTime(entryTime);
                super.putArchiveEntry(entry);
            }
        };
        zip.setUseZip64(zip64Mode);
        return zip;
    }
}
