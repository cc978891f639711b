package com.satops.presampling;

import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listing sheet filled row by row from a database cursor. Past Excel's row
 * limit it goes on in a continuation sheet of the same name ("可抽样(2)"), and it
 * logs how many rows it took and how fast, like every long step.
 */
final class ListingSheet {

    private static final Logger log = LoggerFactory.getLogger(ListingSheet.class);
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final ReportWorkbook book;
    private final String name;
    private final String[] headers;
    private final long started = System.nanoTime();
    private SheetWriter sheet;
    private long rows;

    ListingSheet(ReportWorkbook book, String name, String... headers) {
        this.book = book;
        this.name = name;
        this.headers = headers;
        this.sheet = book.sheet(name, headers);
    }

    void row(Object... values) {
        if (sheet.rowsWritten() >= MAX_ROWS) {
            sheet = book.sheet(name, headers);
        }
        sheet.row(values);
        rows++;
    }

    void done() {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
        log.info("sheet {}: {} rows, {} rows/s", name, rows, Math.round(rows / seconds));
    }
}
