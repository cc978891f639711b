package com.satops.common.text;

import java.util.Locale;

/**
 * The form in which header cells are compared: folded, lower-case, with spaces,
 * underscores and hyphens dropped, so {@code Project_Code}, {@code project code}
 * and {@code 项目编码 } each match their column.
 */
public final class ColumnKey {

    private ColumnKey() {
    }

    public static String of(String header) {
        String folded = TextFolding.fold(header).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c != ' ' && c != '_' && c != '-' && !Character.isWhitespace(c)) {
                key.append(c);
            }
        }
        return key.toString();
    }
}
