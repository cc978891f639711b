package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void aRateIsAFractionRoundedHalfUpToFourDecimals() {
        assertThat(Rate.of(6, 7)).isEqualTo(new BigDecimal("0.8571"));
        assertThat(Rate.of(1, 8)).isEqualTo(new BigDecimal("0.1250"));
        assertThat(Rate.of(1, 20000)).as("half-up").isEqualTo(new BigDecimal("0.0001"));
        assertThat(Rate.of(3, 3)).isEqualTo(new BigDecimal("1.0000"));
    }

    @Test
    void aRateOverNothingIsZero() {
        assertThat(Rate.of(0, 0)).isEqualTo(new BigDecimal("0.0000"));
    }
}
