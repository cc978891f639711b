package com.satops.common.table;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell style's number format means for the text of a numeric cell: a
 * date, a zero-padded code, or a plain number.
 */
final class NumberStyle {

    static final NumberStyle PLAIN = new NumberStyle(false, false, 0);
    static final NumberStyle DATE = new NumberStyle(true, false, 0);
    static final NumberStyle DATE_TIME = new NumberStyle(true, true, 0);

    private final boolean date;
    private final boolean time;
    private final int zeroPadWidth;

    private NumberStyle(boolean date, boolean time, int zeroPadWidth) {
        this.date = date;
        this.time = time;
        this.zeroPadWidth = zeroPadWidth;
    }

    boolean isDate() {
        return date;
    }

    /** A date format that shows a time of day (hours or seconds): its cells read as date-times, 00:00 included. */
    boolean hasTime() {
        return time;
    }

    /** The digits a format like {@code 0000} pads an integer to, 0 when it does not pad. */
    int zeroPadWidth() {
        return zeroPadWidth;
    }

    static NumberStyle of(int formatId, String customFormat) {
        // Chinese Excel writes its built-in date formats (yyyy"年"m"月"d"日" is 31) by id
        // alone, and POI does not know these ids as dates
        if (customFormat == null && isEastAsianDateFormatId(formatId)) {
            return isEastAsianTimeFormatId(formatId) ? DATE_TIME : DATE;
        }
        String format = customFormat != null ? customFormat : BuiltinFormats.getBuiltinFormat(formatId);
        if (DateUtil.isADateFormat(formatId, format)) {
            return showsTime(format) ? DATE_TIME : DATE;
        }
        // room and zone codes kept as numbers show their leading zeros through a 0000 format
        if (format != null && format.length() > 1 && onlyZeros(format)) {
            return new NumberStyle(false, false, format.length());
        }
        return PLAIN;
    }

    /** ECMA-376 Part 1, 18.8.30: ids 27-36 and 50-58 are date and time formats in zh-CN, ja-JP and ko-KR. */
    private static boolean isEastAsianDateFormatId(int formatId) {
        return (formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58);
    }

    /** Ids 32-35, 55 and 56 of those are times of day (h"时"mm"分" …). */
    private static boolean isEastAsianTimeFormatId(int formatId) {
        return (formatId >= 32 && formatId <= 35) || formatId == 55 || formatId == 56;
    }

    /** Whether a date format has an hour or second part, outside its quoted text and [bracketed] locale or colour. */
    static boolean showsTime(String format) {
        if (format == null) {
            return false;
        }
        String codes = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\\\.", "")
                .replaceAll("\\[(?![hmsHMS]+\\])[^\\]]*\\]", "");
        return codes.chars().anyMatch(c -> c == 'h' || c == 'H' || c == 's' || c == 'S');
    }

    private static boolean onlyZeros(String format) {
        for (int i = 0; i < format.length(); i++) {
            if (format.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }
}
