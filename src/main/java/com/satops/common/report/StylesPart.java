package com.satops.common.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.io.output.UnsynchronizedByteArrayOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The styles part ({@code xl/styles.xml}) of a workbook written without POI: POI builds it once per JVM and
 * points pattern, holding every {@link ReportStyles} combination, so its styles are POI's own to the byte.
 * Each workbook then copies the bytes and names a cell's style by its index in them.
 */
final class StylesPart {

    private static final ConcurrentMap<String, StylesPart> BY_POINTS_PATTERN = new ConcurrentHashMap<>();

    private final byte[] xml;
    private final int[] indexBySlot;

    private StylesPart(byte[] xml, int[] indexBySlot) {
        this.xml = xml;
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

    byte[] xml() {
        return xml;
    }

    /** The cell format index of a style slot. */
    int index(int slot) {
        return indexBySlot[slot];
    }
}
