package com.satops.common.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates people and exports write into cells: {@code 2026-11-03},
 * {@code 2026/11/3}, {@code 2026.11.3}, {@code 2026年11月3日}, {@code 20261103},
 * any of them with a time of day (dropped). A bare number such as {@code 46300}
 * is no date (FORMATS §1): only a numeric cell with a date format is an Excel
 * date, and the table reader has already turned that into {@code 2026-10-05}.
 */
public final class DateValues {

    private static final String TIME = "(?:(?:\\s+|T)(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d+)?)?)?";
    // The same separator throughout: 2026-11/3 is more likely a typo than a date.
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?" + TIME);
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

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
            throw new ValueException("inbox.value.notDate", ValueException.shown(value));
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
        return null;
    }

    private static LocalDate existing(String yearText, String monthText, String dayText) {
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new ValueException("inbox.value.dateDoesNotExist", String.format("%04d-%02d-%02d", year, month, day));
        }
        return LocalDate.of(year, month, day);
    }
}
