package com.satops.common.mail;

import java.util.List;
import java.util.Set;

/**
 * A table of a mail as the layout's {@code table} fragment draws it: the
 * headers, the rows as the text each cell shows, and which columns hold numbers
 * (set right-aligned and kept on one line; the others wrap on a phone).
 */
public record MailTable(List<String> headers, List<List<String>> rows, Set<Integer> numericColumns) {

    public MailTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        numericColumns = Set.copyOf(numericColumns);
    }

    public boolean numeric(int column) {
        return numericColumns.contains(column);
    }
}
