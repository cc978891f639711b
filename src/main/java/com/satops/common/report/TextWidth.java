package com.satops.common.report;

/**
 * How wide a text shows in a spreadsheet, in Latin character widths: Chinese,
 * Japanese and Korean characters and full-width forms take two.
 */
final class TextWidth {

    private TextWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** The widest line of a text that may hold line breaks (one pass: it runs for every text cell). */
    static int widestLine(String text) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '\n') {
                widest = Math.max(widest, line);
                line = 0;
                i++;
            } else if (c < 0x1100) {
                line++;
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                line += isWide(codePoint) ? 2 : 1;
                i += Character.charCount(codePoint);
            }
        }
        return Math.max(widest, line);
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
