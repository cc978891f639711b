package com.satops.common.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rates as people read them, the one place they are written as text (mails,
 * workbook notes, the console, run messages): a fraction 0.8571 as {@code 85.71%}, and a change of rate as
 * signed percentage points, {@code +1.25} or {@code -0.50}, never as a percent of a percent.
 */
public final class Percent {

    private Percent() {
    }

    /** A fraction 0–1 as a percentage with two decimals, rounded half-up. */
    public static String of(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A fraction 0–1 as a percentage with at most two decimals, rounded half-up: 0.05 as {@code 5%}, 0.6667 as {@code 66.67%}. */
    public static String brief(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    /** A change of a fraction (−0.0125) as signed percentage points with two decimals ({@code -1.25}). */
    public static String points(BigDecimal change) {
        BigDecimal points = change.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return (points.signum() > 0 ? "+" : "") + points.toPlainString();
    }
}
