package com.satops.common.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads whole numbers, including the {@code 5.0} a numeric Excel cell turns into as text. */
public final class IntegerValues {

    // Ten digits at most, so every match fits a long and only the int range is left to check.
    private static final Pattern INTEGER = Pattern.compile("([+-]?\\d{1,10})(?:\\.0+)?");

    private IntegerValues() {
    }

    /** @throws ValueException when {@code value} is not a whole number that fits an int */
    public static int parse(String value) {
        Integer parsed = tryParse(TextFolding.fold(value));
        if (parsed == null) {
            throw new ValueException("inbox.value.notInteger", ValueException.shown(value));
        }
        return parsed;
    }

    /**
     * A whole number from min to max, such as a score 1-5.
     *
     * @throws ValueException naming the range, for a value outside it or no integer at all
     */
    public static int parse(String value, int min, int max) {
        Integer parsed = tryParse(TextFolding.fold(value));
        if (parsed == null || parsed < min || parsed > max) {
            throw new ValueException("inbox.value.integerOutOfRange", min, max, ValueException.shown(value));
        }
        return parsed;
    }

    private static Integer tryParse(String folded) {
        Matcher m = INTEGER.matcher(folded);
        if (!m.matches()) {
            return null;
        }
        long parsed = Long.parseLong(m.group(1));
        return parsed < Integer.MIN_VALUE || parsed > Integer.MAX_VALUE ? null : (int) parsed;
    }
}
