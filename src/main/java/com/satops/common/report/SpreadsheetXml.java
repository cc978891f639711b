package com.satops.common.report;

/**
 * Text as SpreadsheetML holds it, escaped the way POI's streaming sheets escape it, so a workbook written
 * without POI reads back the same: markup characters and line breaks as references, and what XML 1.0
 * cannot hold (control characters, U+FFFE, U+FFFF) as '?', as XmlBeans writes them.
 */
final class SpreadsheetXml {

    private SpreadsheetXml() {
    }

    static void escape(StringBuilder xml, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '&' -> xml.append("&amp;");
                case '"' -> xml.append("&quot;");
                case '\n' -> xml.append("&#xa;");
                case '\r' -> xml.append("&#xd;");
                case '\t' -> xml.append("&#x9;");
                case '\u00a0' -> xml.append("&#xa0;");
                default -> xml.append(c < ' ' || c >= '\uFFFE' ? '?' : c);
            }
        }
    }

    static String escape(String text) {
        StringBuilder xml = new StringBuilder(text.length() + 16);
        escape(xml, text);
        return xml.toString();
    }

    /** Space kept at either end of a cell's text needs saying (as POI's streaming sheets decide it). */
    static boolean keepsSpace(String text) {
        return !text.isEmpty()
                && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)));
    }

    /** A cell reference such as {@code AB12}, 0-based column and row. */
    static void reference(StringBuilder xml, int column, int row) {
        column(xml, column);
        xml.append(row + 1);
    }

    static void column(StringBuilder xml, int column) {
        if (column >= 26) {
            column(xml, column / 26 - 1);
        }
        xml.append((char) ('A' + column % 26));
    }
}
