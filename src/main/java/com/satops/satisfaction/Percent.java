package com.satops.satisfaction;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates as people read them in a mail: 85.71%, and changes in percentage points: +1.25. */
final class Percent {

    private Percent() {
    }

    static String of(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String points(BigDecimal change) {
        BigDecimal points = change.movePointRight(2).setScale(2, RoundingMode.HALF_UP);
        return (points.signum() > 0 ? "+" : "") + points.toPlainString();
    }
}
