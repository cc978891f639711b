package com.satops.common.inbox.staging;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A staging row as {@code LOAD DATA} reads it with its default field options:
 * fields split by tab, rows ended by newline, a backslash escaping tab, newline,
 * carriage return, NUL and itself, and {@code \N} for NULL. Every value survives
 * exactly: a text reading {@code \N} is sent as {@code \\N}, an empty text as nothing.
 */
final class LoadDataText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private LoadDataText() {
    }

    /** Appends the row's values, tab-separated, and the newline that ends it. */
    static void appendRow(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            appendValue(out, values[i]);
        }
        out.append('\n');
    }

    static void appendValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
        } else if (value instanceof String text) {
            appendEscaped(out, text);
        } else if (value instanceof Boolean flag) {
            out.append(flag ? '1' : '0');
        } else if (value instanceof Enum<?> constant) {
            // as MyBatis stores an enum: by its name
            appendEscaped(out, constant.name());
        } else if (value instanceof LocalDateTime time) {
            out.append(DATE_TIME.format(time));
        } else if (value instanceof LocalDate || value instanceof Number) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("no LOAD DATA form for a " + value.getClass().getName());
        }
    }

    /** Copies the text in runs between the characters it escapes: most values have none, and go in one copy. */
    private static void appendEscaped(StringBuilder out, String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            String escaped = escaped(text.charAt(i));
            if (escaped != null) {
                out.append(text, run, i).append(escaped);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
    }

    private static String escaped(char c) {
        return switch (c) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\0' -> "\\0";
            default -> null;
        };
    }
}
