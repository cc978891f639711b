package com.satops.common.run;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A rate as run figures and reports state it (FORMATS §3): a fraction 0–1 rounded half-up to 4 decimals. */
public final class Rate {

    private Rate() {
    }

    /** {@code part} of {@code whole}; over nothing it is 0. */
    public static BigDecimal of(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(4, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
