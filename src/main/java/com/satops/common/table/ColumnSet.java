package com.satops.common.table;

import com.satops.common.text.ColumnKey;
import com.satops.common.text.TextFolding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns a caller asked for, with the lookup from header text to column and
 * the assembly of a {@link TableRow} from values in column order.
 */
final class ColumnSet {

    private final List<ColumnDef> columns;
    private final String[] keys;
    private final Map<String, Integer> indexByHeaderKey = new HashMap<>();

    ColumnSet(List<ColumnDef> columns) {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("At least one column must be requested");
        }
        this.columns = List.copyOf(columns);
        this.keys = new String[this.columns.size()];
        Set<String> seenKeys = new HashSet<>();
        for (int i = 0; i < keys.length; i++) {
            ColumnDef column = this.columns.get(i);
            if (!seenKeys.add(column.key())) {
                throw new IllegalArgumentException("Column key " + column.key() + " is requested twice");
            }
            keys[i] = column.key();
            register(column.key(), i);
            register(column.chineseName(), i);
            for (String alias : column.aliases()) {
                register(alias, i);
            }
        }
    }

    private void register(String name, int index) {
        String headerKey = ColumnKey.of(name);
        if (headerKey.isEmpty()) {
            return;
        }
        Integer previous = indexByHeaderKey.putIfAbsent(headerKey, index);
        // two columns answering to one header would make the file's meaning depend on column order
        if (previous != null && previous != index) {
            throw new IllegalArgumentException("Columns " + columns.get(previous).key() + " and "
                    + columns.get(index).key() + " both answer to the header " + name);
        }
    }

    int size() {
        return keys.length;
    }

    ColumnDef get(int index) {
        return columns.get(index);
    }

    /** The index of the column a header cell names, or -1 when it names none of them. */
    int indexOfHeader(String headerCell) {
        if (headerCell == null || headerCell.isEmpty()) {
            return -1;
        }
        Integer index = indexByHeaderKey.get(ColumnKey.of(headerCell));
        return index == null ? -1 : index;
    }

    /**
     * A row from the raw cell texts in column order; each is folded, a null is "".
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    TableRow row(String sheet, int rowNumber, String[] rawValues) {
        Map.Entry<String, String>[] entries = new Map.Entry[keys.length];
        for (int i = 0; i < keys.length; i++) {
            String raw = rawValues[i];
            entries[i] = Map.entry(keys[i], raw == null ? "" : TextFolding.fold(raw));
        }
        return new TableRow(sheet, rowNumber, Map.ofEntries(entries));
    }
}
