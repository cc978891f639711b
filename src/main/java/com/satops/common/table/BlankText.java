package com.satops.common.table;

/**
 * Whether a cell is blank in the sense of {@link com.satops.common.text.TextFolding#fold},
 * decided without building the folded string: cells of columns nobody asked for
 * only ever need this answer.
 */
final class BlankText {

    private BlankText() {
    }

    static boolean isBlank(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isBlank(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether folding and trimming removes the character. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u00A0';
    }
}
