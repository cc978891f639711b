package com.satops.common.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The styles part ({@code xl/styles.xml}) of a workbook written without POI: POI builds it once per JVM and
 * points pattern, holding every {@link ReportStyles} combination, so its styles are POI's own to the byte.
 * Each workbook then copies the bytes, deflated once too (a sixth of a small workbook's text), and names a
 * cell's style by its index in them.
 */
final class StylesPart {

    private static final ConcurrentMap<String, StylesPart> BY_POINTS_PATTERN = new ConcurrentHashMap<>();

    private static final String PART = "xl/styles.xml";

    private final int size;
    private final long crc;
    private final byte[] deflated;
    private final int[] indexBySlot;

    private StylesPart(byte[] xml, int[] indexBySlot) throws IOException {
        this.size = xml.length;
        CRC32 crc32 = new CRC32();
        crc32.update(xml);
        this.crc = crc32.getValue();
        UnsynchronizedByteArrayOutputStream out = UnsynchronizedByteArrayOutputStream.builder().get();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, deflater)) {
            deflating.write(xml);
        } finally {
            deflater.end();
        }
        this.deflated = out.toByteArray();
        this.indexBySlot = indexBySlot;
    }

    static StylesPart of(String pointsPattern) {
        return BY_POINTS_PATTERN.computeIfAbsent(pointsPattern, StylesPart::build);
    }

    private static StylesPart build(String pointsPattern) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            ReportStyles styles = new ReportStyles(workbook, pointsPattern);
            int[] indexBySlot = new int[ReportStyles.SLOTS];
            for (int slot = 0; slot < indexBySlot.length; slot++) {
                indexBySlot[slot] = styles.get(slot).getIndex();
            }
            UnsynchronizedByteArrayOutputStream xml = UnsynchronizedByteArrayOutputStream.builder().get();
            workbook.getStylesSource().writeTo(xml);
            return new StylesPart(xml.toByteArray(), indexBySlot);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the report styles", e);
        }
    }

    /** Adds the part to a workbook's zip as it was deflated once. */
    void writeTo(ZipArchiveOutputStream zip) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(PART);
        entry.setMethod(ZipEntry.DEFLATED);
        entry.setSize(size);
        entry.setCompressedSize(deflated.length);
        entry.setCrc(crc);
        zip.addRawArchiveEntry(entry, new ByteArrayInputStream(deflated));
    }

    /** The cell format index of a style slot. */
    int index(int slot) {
        return indexBySlot[slot];
    }
}
