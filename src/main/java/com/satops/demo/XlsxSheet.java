package com.satops.demo;

import com.satops.common.report.Column;
import com.satops.common.report.SheetWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * One sheet of an {@link XlsxBook}: title lines, a header, then rows. When a
 * sheet would pass Excel's row limit (a benchmark roster can), the writer goes
 * on in a continuation sheet that repeats the title and header, so every sheet
 * still reads as a table of its kind.
 */
final class XlsxSheet implements RowSink {

    private final SheetWriter sheet;

    XlsxSheet(SheetWriter sheet) {
        this.sheet = sheet;
    }

    /** A title line above the header, as report-style exports have. */
    XlsxSheet title(String text) {
        sheet.title(text);
        return this;
    }

    XlsxSheet header(String... names) {
        sheet.header(Arrays.stream(names).map(Column::text).toArray(Column[]::new));
        return this;
    }

    @Override
    public void row(Object... cells) {
        Object[] values = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value instanceof String text && text.isEmpty()) {
                value = null;
            } else if (value != null && !(value instanceof String || value instanceof Number
                    || value instanceof LocalDate || value instanceof LocalDateTime)) {
                throw new IllegalArgumentException("no cell form for " + value.getClass().getName());
            }
            values[i] = value;
        }
        sheet.row(values);
    }
}
