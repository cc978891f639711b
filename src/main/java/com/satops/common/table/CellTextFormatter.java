package com.satops.common.table;

import org.apache.poi.ss.usermodel.DateUtil;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;

/**
 * Turns the stored value of an xlsx cell into the text a user reads in it:
 * shared strings resolved, numbers as plain decimals, date cells as ISO dates.
 */
final class CellTextFormatter {

    /** Excel shows and computes with 15 significant digits; 0.1+0.2 is stored as 0.30000000000000004. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

    private final SharedStringTable sharedStrings;
    private final CellFormats styles;
    private final boolean date1904;
    private NumberStyle[] styleCache = new NumberStyle[16];

    CellTextFormatter(SharedStringTable sharedStrings, CellFormats styles, boolean date1904) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /**
     * The text of a cell that is not an inline string.
     *
     * @param type  the cell's {@code t} attribute, null for a number
     * @param style the cell's {@code s} attribute, null for the default style
     * @param value the text of its {@code <v>}, null when it has none
     */
    String format(String type, String style, String value) {
        if (value == null) {
            return "";
        }
        if (type == null || "n".equals(type)) {
            return number(value, numberStyle(XmlNumbers.parseNonNegative(style, 0)));
        }
        switch (type) {
            case "s":
                return sharedString(value);
            case "str":
                return value;
            case "b":
                // 0 and 1 per the standard; some writers put true and false
                return "1".equals(value.trim()) || "true".equalsIgnoreCase(value.trim()) ? "true" : "false";
            case "e":
                return "";
            case "d":
                return isoDate(value, numberStyle(XmlNumbers.parseNonNegative(style, 0)).hasTime());
            default:
                return value;
        }
    }

    /** The shared string at the index a {@code t="s"} cell holds; "" for an index past the table. */
    String sharedString(String index) {
        return sharedStrings.get(XmlNumbers.parseNonNegative(index.trim(), -1));
    }

    /** Whether the shared string a {@code t="s"} cell points at is blank. */
    boolean isBlankSharedString(String index) {
        return sharedStrings.isBlank(XmlNumbers.parseNonNegative(index.trim(), -1));
    }

    private NumberStyle numberStyle(int styleIndex) {
        if (styleIndex >= styleCache.length) {
            styleCache = Arrays.copyOf(styleCache, Math.max(styleIndex + 1, styleCache.length * 2));
        }
        NumberStyle cached = styleCache[styleIndex];
        if (cached == null) {
            cached = styles.styleAt(styleIndex);
            styleCache[styleIndex] = cached;
        }
        return cached;
    }

    private String number(String value, NumberStyle style) {
        if (style.isDate()) {
            return date(value, style.hasTime());
        }
        String plain = plainNumber(value);
        int width = style.zeroPadWidth();
        if (width > plain.length() && isDigits(plain)) {
            return "0".repeat(width - plain.length()) + plain;
        }
        return plain;
    }

    /**
     * A date cell as its format shows it: with the time of day when the format has one
     * (00:00:00 included, so a date-time column can tell it from a date), else the date alone.
     */
    private String date(String value, boolean withTime) {
        double serial;
        try {
            serial = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            // not a number after all: keep it as written, the job reports it as a bad date
            return value;
        }
        if (!DateUtil.isValidExcelDate(serial)) {
            return plainNumber(value);
        }
        LocalDateTime dateTime = DateUtil.getLocalDateTime(serial, date1904, true);
        LocalTime time = dateTime.toLocalTime();
        // a serial below 1 is a time of day; its date (1900-01-00) means nothing
        if (serial < 1) {
            return clock(time);
        }
        String date = dateTime.toLocalDate().toString();
        return withTime ? date + " " + clock(time) : date;
    }

    /** A plain decimal as Excel shows it in General format, without exponent or trailing zeros. */
    static String plainNumber(String value) {
        if (isShortInteger(value)) {
            return value;
        }
        try {
            BigDecimal number = new BigDecimal(value.trim()).round(EXCEL_PRECISION).stripTrailingZeros();
            return number.signum() == 0 ? "0" : number.toPlainString();
        } catch (NumberFormatException e) {
            // not a number after all: keep it as written, the job reports it as a bad value
            return value;
        }
    }

    /**
     * {@code 2026-11-03T00:00:00Z}, as a {@code t="d"} cell holds it, in the form date cells take;
     * midnight is kept when the cell's format shows a time.
     */
    private static String isoDate(String value, boolean withTime) {
        String trimmed = value.trim();
        if (trimmed.length() < 10) {
            return trimmed;
        }
        String date = trimmed.substring(0, 10);
        if (trimmed.length() < 19 || trimmed.charAt(10) != 'T') {
            return date;
        }
        String time = trimmed.substring(11, 19);
        return "00:00:00".equals(time) && !withTime ? date : date + " " + time;
    }

    private static String clock(LocalTime time) {
        char[] text = {
                (char) ('0' + time.getHour() / 10), (char) ('0' + time.getHour() % 10), ':',
                (char) ('0' + time.getMinute() / 10), (char) ('0' + time.getMinute() % 10), ':',
                (char) ('0' + time.getSecond() / 10), (char) ('0' + time.getSecond() % 10)};
        return new String(text);
    }

    /** Up to 15 digits, optionally negative: already what Excel shows. */
    private static boolean isShortInteger(String value) {
        int start = !value.isEmpty() && value.charAt(0) == '-' ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 1 || digits > 15) {
            return false;
        }
        if (digits > 1 && value.charAt(start) == '0') {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }
}
