package com.satops.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report-writing ceiling: as many rows, as wide, as the biggest report, written
 * by SXSSF alone (text cells, no styles, no database), with the reports' row window.
 */
public final class BareSxssf {

    private static final int ROWS_IN_MEMORY = 200;
    // Below Excel's 1,048,576 rows a sheet, as the reports split their listings.
    private static final int ROWS_PER_SHEET = 1_000_000;

    private BareSxssf() {
    }

    public static long write(Path target, long rows, int cellsPerRow) throws IOException {
        Files.createDirectories(target.getParent());
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            SXSSFSheet sheet = null;
            for (long n = 0; n < rows; n++) {
                if (n % ROWS_PER_SHEET == 0) {
                    sheet = workbook.createSheet("rows " + (n / ROWS_PER_SHEET + 1));
                }
                Row row = sheet.createRow((int) (n % ROWS_PER_SHEET));
                for (int c = 0; c < cellsPerRow; c++) {
                    row.createCell(c).setCellValue("R" + n + "C" + c);
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        } finally {
            workbook.close();
            // close() keeps SXSSF's temporary sheet files; the reports dispose of them too.
            workbook.dispose();
        }
        Files.deleteIfExists(target);
        return rows;
    }
}
