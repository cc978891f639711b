package com.satops.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PercentTest {

    @Test
    void fractionsShowAsPercentWithTwoDecimals() {
        assertThat(Percent.of(new BigDecimal("0.8571"))).isEqualTo("85.71%");
        assertThat(Percent.of(new BigDecimal("0.4"))).isEqualTo("40.00%");
        assertThat(Percent.of(BigDecimal.ONE)).isEqualTo("100.00%");
        assertThat(Percent.of(new BigDecimal("0.00005"))).as("half-up").isEqualTo("0.01%");
    }

    @Test
    void changesShowAsSignedPoints() {
        assertThat(Percent.points(new BigDecimal("0.0134"))).isEqualTo("+1.34");
        assertThat(Percent.points(new BigDecimal("-0.525"))).isEqualTo("-52.50");
        assertThat(Percent.points(BigDecimal.ZERO)).isEqualTo("0.00");
    }

    @Test
    void briefPercentsDropTrailingZeros() {
        assertThat(Percent.brief(new BigDecimal("0.6667"))).isEqualTo("66.67%");
        assertThat(Percent.brief(new BigDecimal("0.05"))).isEqualTo("5%");
        assertThat(Percent.brief(new BigDecimal("0.125"))).isEqualTo("12.5%");
        assertThat(Percent.brief(new BigDecimal("0.666666"))).as("half-up").isEqualTo("66.67%");
        assertThat(Percent.brief(BigDecimal.ZERO)).isEqualTo("0%");
    }
}
