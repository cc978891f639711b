package com.satops.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonSharesTest {

    @Test
    void sharesAreRoundedHalfUpToFourDecimals() {
        assertThat(ReasonShares.of(List.of(1L, 6L, 0L)))
                .containsExactly(new BigDecimal("0.1429"), new BigDecimal("0.8571"), new BigDecimal("0.0000"));
    }

    @Test
    void sharesAddUpToExactlyOneWhereRoundingAloneWouldMiss() {
        List<BigDecimal> thirds = ReasonShares.of(List.of(1L, 1L, 1L));

        assertThat(thirds.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
        assertThat(thirds).containsExactly(new BigDecimal("0.3334"), new BigDecimal("0.3333"),
                new BigDecimal("0.3333"));
    }

    @Test
    void sevenCategoriesOfOddCountsStillAddUpToOne() {
        List<BigDecimal> shares = ReasonShares.of(List.of(19L, 20L, 18L, 24L, 6L, 13L, 3L));

        assertThat(shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1");
    }

    @Test
    void nothingUnsatisfiedGivesZeroShares() {
        assertThat(ReasonShares.of(List.of(0L, 0L))).containsExactly(new BigDecimal("0.0000"),
                new BigDecimal("0.0000"));
    }
}
