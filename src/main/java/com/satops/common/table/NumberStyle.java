package com.satops.common.table;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTXf;

/**
 * What a cell style's number format means for the text of a numeric cell: a
 * date, a zero-padded code, or a plain number.
 */
final class NumberStyle {

    static final NumberStyle PLAIN = new NumberStyle(false, 0);
    static final NumberStyle DATE = new NumberStyle(true, 0);

    private final boolean date;
    private final int zeroPadWidth;

    private NumberStyle(boolean date, int zeroPadWidth) {
        this.date = date;
        this.zeroPadWidth = zeroPadWidth;
    }

    boolean isDate() {
        return date;
    }

    /** The digits a format like {@code 0000} pads an integer to, 0 when it does not pad. */
    int zeroPadWidth() {
        return zeroPadWidth;
    }

    /** The meaning of the style at an index of the workbook's cell formats (cellXfs). */
    static NumberStyle of(StylesTable styles, int styleIndex) {
        if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return PLAIN;
        }
        CTXf xf = styles.getCellXfAt(styleIndex);
        if (xf == null || !xf.isSetNumFmtId()) {
            return PLAIN;
        }
        int formatId = (int) xf.getNumFmtId();
        String customFormat = styles.getNumberFormatAt((short) formatId);
        return of(formatId, customFormat);
    }

    static NumberStyle of(int formatId, String customFormat) {
        // Chinese Excel writes its built-in date formats (yyyy"年"m"月"d"日" is 31) by id
        // alone, and POI does not know these ids as dates
        if (customFormat == null && isEastAsianDateFormatId(formatId)) {
            return DATE;
        }
        String format = customFormat != null ? customFormat : BuiltinFormats.getBuiltinFormat(formatId);
        if (DateUtil.isADateFormat(formatId, format)) {
            return DATE;
        }
        // room and zone codes kept as numbers show their leading zeros through a 0000 format
        if (format != null && format.length() > 1 && onlyZeros(format)) {
            return new NumberStyle(false, format.length());
        }
        return PLAIN;
    }

    /** ECMA-376 Part 1, 18.8.30: ids 27-36 and 50-58 are date and time formats in zh-CN, ja-JP and ko-KR. */
    private static boolean isEastAsianDateFormatId(int formatId) {
        return (formatId >= 27 && formatId <= 36) || (formatId >= 50 && formatId <= 58);
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
