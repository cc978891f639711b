package com.satops.common.text;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a month: {@code 2026-11}, {@code 2026/11}, {@code 2026.11},
 * {@code 2026年11月}, {@code 202611}, or any date {@link DateValues} reads (its month).
 */
public final class MonthValues {

    // After a dot the month must have two digits: a numeric cell holding 2026.10
    // comes out as "2026.1", which must not be read as January.
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})(?:[-/]|\\.(?=\\d{2}$))(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月份?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})");

    private MonthValues() {
    }

    /** @throws ValueException when {@code value} is neither a month nor a date */
    public static YearMonth parse(String value) {
        String folded = TextFolding.fold(value);
        Matcher m = SEPARATED.matcher(folded);
        if (m.matches()) {
            return existing(m.group(1), m.group(2));
        }
        m = CHINESE.matcher(folded);
        if (m.matches()) {
            return existing(m.group(1), m.group(2));
        }
        m = COMPACT.matcher(folded);
        if (m.matches()) {
            return existing(m.group(1), m.group(2));
        }
        LocalDate date = DateValues.tryParse(folded);
        if (date == null) {
            throw new ValueException("inbox.value.notMonth", ValueException.shown(value));
        }
        return YearMonth.from(date);
    }

    private static YearMonth existing(String yearText, String monthText) {
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        if (month < 1 || month > 12) {
            throw new ValueException("inbox.value.monthDoesNotExist", String.format("%04d-%02d", year, month));
        }
        return YearMonth.of(year, month);
    }
}
