package com.satops.common.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people and exports write into cells: {@code 2026-11-03},
 * {@code 2026/11/3}, {@code 2026.11.3}, {@code 2026年11月3日}, {@code 20261103},
 * any of them with a time of day (dropped), and Excel serial numbers that lost
 * their date format on the way to text.
 */
public final class DateValues {

    // Excel counts days from 1899-12-30 (its phantom 1900-02-29 is long behind this range).
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    // Serials of 1954-10-03 to 2119-01-11: wide enough for any real date, narrow
    // enough that a stray count or code is not taken for one.
    private static final int EXCEL_SERIAL_MIN = 20000;
    private static final int EXCEL_SERIAL_MAX = 80000;

    private static final String TIME = "(?:(?:\\s+|T)(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?)?";
    // The same separator throughout: 2026-11/3 is more likely a typo than a date.
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern EXCEL_SERIAL = Pattern.compile("(\\d{5})(?:\\.\\d+)?");

    private DateValues() {
    }

    /**
     * The date written in {@code value}.
     *
     * @throws ValueException when it is no date, or names one that does not exist
     *                        ({@code 2026-02-30} is never rolled over into March)
     */
    public static LocalDate parse(String value) {
        LocalDate date = tryParse(TextFolding.fold(value));
        if (date == null) {
            throw new ValueException("not a date: " + ValueException.shown(value));
        }
        return date;
    }

    /** The date in folded text, or null when the text does not have a date's shape. */
    static LocalDate tryParse(String folded) {
        Matcher m = SEPARATED.matcher(folded);
        if (m.matches()) {
            return existing(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(folded);
        if (m.matches()) {
            return existing(m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(folded);
        if (m.matches()) {
            return existing(m.group(1), m.group(2), m.group(3));
        }
        m = EXCEL_SERIAL.matcher(folded);
        if (m.matches()) {
            int serial = Integer.parseInt(m.group(1));
            if (serial >= EXCEL_SERIAL_MIN && serial <= EXCEL_SERIAL_MAX) {
                return EXCEL_EPOCH.plusDays(serial);
            }
        }
        return null;
    }

    private static LocalDate existing(String yearText, String monthText, String dayText) {
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new ValueException(String.format("date does not exist: %04d-%02d-%02d", year, month, day));
        }
        return LocalDate.of(year, month, day);
    }
}
