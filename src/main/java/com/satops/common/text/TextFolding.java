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
        StringBuilder folded = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                folded.append((char) (c - 0xFEE0));
            } else if (c == '\u3000' || c == '\u00A0') {
                folded.append(' ');
            } else {
                folded.append(c);
            }
        }
        return folded.toString().strip();
    }

    public static boolean isBlank(String value) {
        return fold(value).isEmpty();
    }
}
