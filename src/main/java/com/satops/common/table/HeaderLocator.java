package com.satops.common.table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the header row of each sheet and remembers the closest miss, so a file
 * without any usable header can be rejected with the columns it lacks.
 */
final class HeaderLocator {

    /** Real exports put a title, a date line or a logo above the header; ten rows leave room for that. */
    static final int SEARCH_ROWS = 10;

    private final ColumnSet columns;
    private final int requiredCount;
    private int bestRequiredFound = -1;
    private boolean[] bestFound;
    private String bestSheet;
    private int bestRowNumber;

    HeaderLocator(ColumnSet columns) {
        this.columns = columns;
        int required = 0;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).required()) {
                required++;
            }
        }
        this.requiredCount = required;
    }

    /**
     * Tries a non-empty row as the header.
     *
     * @param cells the row's raw cell texts by 0-based physical position; nulls for empty cells
     * @return where the columns sit when the row holds every required column, otherwise null
     */
    ColumnLayout offer(String sheet, int rowNumber, String[] cells, int cellCount) {
        int[] columnByPosition = new int[cellCount];
        boolean[] found = new boolean[columns.size()];
        int requiredFound = 0;
        int width = 0;
        for (int position = 0; position < cellCount; position++) {
            int column = columns.indexOfHeader(cells[position]);
            // a repeated header keeps the first occurrence, as a reader of the sheet would
            if (column >= 0 && !found[column]) {
                found[column] = true;
                columnByPosition[position] = column;
                width = position + 1;
                if (columns.get(column).required()) {
                    requiredFound++;
                }
            } else {
                columnByPosition[position] = -1;
            }
        }
        if (requiredFound > bestRequiredFound) {
            bestRequiredFound = requiredFound;
            bestFound = found;
            bestSheet = sheet;
            bestRowNumber = rowNumber;
        }
        if (requiredFound < requiredCount) {
            return null;
        }
        int[] trimmed = new int[width];
        System.arraycopy(columnByPosition, 0, trimmed, 0, width);
        return new ColumnLayout(trimmed);
    }

    /** The rejection of a file none of whose sheets had a header row. */
    MissingColumnsException missingColumns(Path file) {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            ColumnDef column = columns.get(i);
            if (column.required() && (bestFound == null || !bestFound[i])) {
                missing.add(column.label());
            }
        }
        String closest;
        if (bestFound == null) {
            closest = "the file has no non-empty rows";
        } else if (bestSheet.isEmpty()) {
            closest = "the closest header candidate is row " + bestRowNumber;
        } else {
            closest = "the closest header candidate is row " + bestRowNumber + " of sheet '" + bestSheet + "'";
        }
        String message = file + ": missing required column(s) " + String.join(", ", missing)
                + " (no header row among the first " + SEARCH_ROWS + " non-empty rows of any sheet holds them all; "
                + closest + ")";
        return new MissingColumnsException(file, missing, message);
    }
}
