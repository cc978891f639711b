package com.satops.common.text;

/**
 * Keeps text from files from turning into formulas when a CSV we write is opened
 * in a spreadsheet program. (An xlsx string cell is always text, so only CSV
 * needs this.)
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /**
     * {@code value} with a leading {@code '} when a spreadsheet would read it as a
     * formula (it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
     * carriage return); any other value, null included, unchanged. Meant for text
     * cells: a number written as a number needs no guard.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formulaStart = first == '=' || first == '+' || first == '-' || first == '@'
                || first == '\t' || first == '\r';
        return formulaStart ? "'" + value : value;
    }
}
