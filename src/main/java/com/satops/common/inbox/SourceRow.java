package com.satops.common.inbox;

import com.satops.common.table.TableRow;

/** A data row as read, with the file it came from. */
public record SourceRow(InboxFile file, TableRow row) {

    public String value(String key) {
        String value = row.values().get(key);
        return value == null ? "" : value;
    }
}
