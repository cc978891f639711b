package com.satops.common.text;

/**
 * Folds what Chinese input methods and Excel exports put into cells: full-width
 * letters, digits and punctuation become their ASCII forms, and every kind of
 * surrounding space (ideographic, no-break) is trimmed.
 */
public final class TextFolding {

    private TextFolding() {
    }

    /** The folded, trimmed text; "" for null or blank. */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        int first = 0;
        while (first < value.length() && folded(value.charAt(first)) == value.charAt(first)) {
            first++;
        }
        // Most cells need no folding: they are kept as they are, not copied (every cell of every file passes here).
        if (first == value.length()) {
            return value.strip();
        }
        StringBuilder folded = new StringBuilder(value.length()).append(value, 0, first);
        for (int i = first; i < value.length(); i++) {
            folded.append(folded(value.charAt(i)));
        }
        return folded.toString().strip();
    }

    private static char folded(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        return c == '\u3000' || c == '\u00A0' ? ' ' : c;
    }

    public static boolean isBlank(String value) {
        return fold(value).isEmpty();
    }
}
