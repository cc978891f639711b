package com.satops.common.table;

import java.util.Map;
import java.util.Objects;

/**
 * One non-blank data row of an input table.
 *
 * @param sheet     the sheet's name in an xlsx, "" for a CSV
 * @param rowNumber the row number as Excel shows it: the 1-based physical row of
 *                  the sheet, or for a CSV the 1-based record number counting the
 *                  title, header and blank lines (what Excel shows when it opens the file)
 * @param values    the folded value of every requested column by {@link ColumnDef#key()};
 *                  every requested key is present, a missing or blank cell is ""
 */
public record TableRow(String sheet, int rowNumber, Map<String, String> values) {

    public TableRow {
        Objects.requireNonNull(sheet, "sheet");
        // a no-op for the immutable maps the readers build
        values = Map.copyOf(values);
    }

    /** The folded value of the column, "" when it is blank or was not requested. */
    public String value(String key) {
        return values.getOrDefault(key, "");
    }
}
