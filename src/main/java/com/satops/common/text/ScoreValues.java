package com.satops.common.text;

/** Survey and visit scores: whole numbers 1–5 (a numeric cell's {@code 4.0} included). */
public final class ScoreValues {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 5;

    private ScoreValues() {
    }

    /** @throws ValueException naming the range, for a value outside it or no integer at all */
    public static int parse(String value) {
        return IntegerValues.parse(value, LOWEST, HIGHEST);
    }
}
