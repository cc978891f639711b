package com.satops.presampling;

import com.satops.common.report.Column;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listing sheet filled row by row from a database cursor (past Excel's row
 * limit the sheet writer goes on in a continuation sheet); it logs how many rows
 * it took and how fast, like every long step.
 */
final class ListingSheet {

    private static final Logger log = LoggerFactory.getLogger(ListingSheet.class);
    private final String name;
    private final long started = System.nanoTime();
    private final SheetWriter sheet;
    private long rows;

    ListingSheet(ReportWorkbook book, String name, Column... columns) {
        this.name = name;
        this.sheet = book.listSheet(name, columns);
    }

    void row(Object... values) {
        sheet.row(values);
        rows++;
    }

    void done() {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
        log.info("sheet {}: {} rows, {} rows/s", name, rows, Math.round(rows / seconds));
    }
}
