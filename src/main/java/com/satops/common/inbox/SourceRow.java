package com.satops.common.inbox;

import com.satops.common.table.TableRow;

/**
 * A data row as read, with the file it came from; {@code lastRow} marks the
 * last row a stage step reads, after which its rows are all handed on.
 */
public record SourceRow(InboxFile file, TableRow row, boolean lastRow) {

    public SourceRow(InboxFile file, TableRow row) {
        this(file, row, false);
    }

    public String value(String key) {
        String value = row.values().get(key);
        return value == null ? "" : value;
    }

    SourceRow asLastRow() {
        return new SourceRow(file, row, true);
    }
}
