package com.satops.common.table;

import java.util.Arrays;

/**
 * Where the requested columns sit in one sheet, as found in its header row.
 */
final class ColumnLayout {

    private final int[] columnIndexByPosition;

    ColumnLayout(int[] columnIndexByPosition) {
        this.columnIndexByPosition = columnIndexByPosition;
    }

    /** The requested column at a 0-based physical position, or -1 for a column nobody asked for. */
    int columnAt(int position) {
        return position >= 0 && position < columnIndexByPosition.length ? columnIndexByPosition[position] : -1;
    }

    /** One past the last physical position holding a requested column. */
    int width() {
        return columnIndexByPosition.length;
    }

    @Override
    public String toString() {
        return "ColumnLayout" + Arrays.toString(columnIndexByPosition);
    }
}
