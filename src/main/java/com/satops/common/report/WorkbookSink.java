package com.satops.common.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** What a {@link ReportWorkbook} writes its sheets to and saves. */
interface WorkbookSink {

    /** A new sheet of this (already unique) name, after the others. */
    SheetSink newSheet(String name);

    /** Writes the whole workbook, its sheets finished. */
    void write(OutputStream out) throws IOException;

    /** The POI workbook, where there is one. */
    SXSSFWorkbook poi();

    /** Lets go of the rows held and any temporary files. */
    void close();
}
