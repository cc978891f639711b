package com.satops.common.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report workbook written in a stream (SXSSF: only a window of rows in
 * memory, so a million-row sheet fits in a small heap). It appears under its
 * final name only when complete, so a cut-off run never leaves half a report.
 */
public final class ReportWorkbook implements AutoCloseable {

    private static final int ROWS_IN_MEMORY = 200;

    private final Path target;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Set<String> sheetNames = new HashSet<>();
    final CellStyle header;
    final CellStyle date;
    final CellStyle percent;
    final CellStyle text;

    private ReportWorkbook(Path target) {
        this.target = target;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
        text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
    }

    public static ReportWorkbook create(Path target) {
        return new ReportWorkbook(target);
    }

    /** A new sheet with its header row; the name is made Excel-safe and unique. */
    public SheetWriter sheet(String name, String... headers) {
        SXSSFSheet sheet = workbook.createSheet(uniqueName(name));
        SheetWriter writer = new SheetWriter(this, sheet);
        if (headers.length > 0) {
            writer.header(headers);
        }
        return writer;
    }

    /** The underlying workbook, for what the writer does not cover (charts). */
    public SXSSFWorkbook poi() {
        return workbook;
    }

    /** Writes the workbook and moves it into place; returns its path. */
    public Path save() {
        try {
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                workbook.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    private String uniqueName(String wanted) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_");
        if (base.isBlank()) {
            base = "Sheet";
        }
        base = base.length() > 31 ? base.substring(0, 31) : base;
        String name = base;
        int n = 2;
        while (!sheetNames.add(name.toLowerCase(java.util.Locale.ROOT))) {
            String suffix = "(" + n++ + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
