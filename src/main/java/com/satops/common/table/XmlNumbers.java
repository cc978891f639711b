package com.satops.common.table;

/**
 * Reads the small non-negative integers of SpreadsheetML attributes (row
 * numbers, style and string indexes) without exceptions as control flow:
 * they are read for every cell.
 */
final class XmlNumbers {

    private XmlNumbers() {
    }

    /** The value of a string of at most 9 ASCII digits, otherwise {@code orElse}. */
    static int parseNonNegative(String text, int orElse) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return orElse;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return orElse;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
