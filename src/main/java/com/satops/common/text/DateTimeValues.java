package com.satops.common.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date-times of work orders (FORMATS §2 workorders): {@code 2026-11-03 14:05},
 * {@code 2026-11-03 14:05:09}, {@code 2026/11/3 9:05}, {@code 2026/11/3 9:05:09},
 * {@code 2026年11月3日 14:05}, {@code 2026年11月3日 14:05:09}, and the text the xlsx
 * reader gives an Excel cell whose number format has a time part. Unlike a date
 * column, a date-time column refuses a date alone: a missing time of day would
 * make every promise look kept or broken at midnight.
 */
public final class DateTimeValues {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final String TIME = "(?:\\s+|T)([01]?\\d|2[0-3]):([0-5]\\d)(?::([0-5]\\d))?";
    // The same separator throughout, as for dates.
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    private static final Pattern CHINESE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]" + TIME);

    private DateTimeValues() {
    }

    /**
     * The date-time written in {@code value}, to the second.
     *
     * @throws ValueException when it is no date-time, a date without a time of day,
     *                        or names a day that does not exist
     */
    public static LocalDateTime parse(String value) {
        String folded = TextFolding.fold(value);
        Matcher m = SEPARATED.matcher(folded);
        if (m.matches()) {
            return at(m.group(1), m.group(3), m.group(4), m, 5);
        }
        m = CHINESE.matcher(folded);
        if (m.matches()) {
            return at(m.group(1), m.group(2), m.group(3), m, 4);
        }
        LocalDate dateOnly;
        try {
            dateOnly = DateValues.tryParse(folded);
        } catch (ValueException e) {
            dateOnly = null;
        }
        if (dateOnly != null && !folded.matches("\\d{5}(?:\\.\\d+)?")) {
            throw new ValueException("inbox.value.dateWithoutTime", ValueException.shown(value));
        }
        throw new ValueException("inbox.value.notDateTime", ValueException.shown(value));
    }

    /** A date-time as reasons and reports quote it: {@code 2026-11-03 14:05:09}. */
    public static String format(LocalDateTime at) {
        return at == null ? "" : SHOWN.format(at);
    }

    private static LocalDateTime at(String yearText, String monthText, String dayText, Matcher m, int timeGroup) {
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            throw new ValueException("inbox.value.dateDoesNotExist", String.format("%04d-%02d-%02d", year, month, day));
        }
        String seconds = m.group(timeGroup + 2);
        LocalTime time = LocalTime.of(Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)),
                seconds == null ? 0 : Integer.parseInt(seconds));
        return LocalDate.of(year, month, day).atTime(time);
    }
}
