package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class VisitMonthTest {

    @Test
    void quarterAndLaterMonths() {
        assertThat(VisitMonth.of(YearMonth.of(2026, 10)).laterMonthsInQuarter()).isEqualTo(2);
        assertThat(VisitMonth.of(YearMonth.of(2026, 11)).laterMonthsInQuarter()).isEqualTo(1);
        assertThat(VisitMonth.of(YearMonth.of(2026, 12)).laterMonthsInQuarter()).isZero();
        assertThat(VisitMonth.of(YearMonth.of(2026, 11)).quarterStart()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(VisitMonth.of(YearMonth.of(2026, 2)).quarter()).isEqualTo("2026-Q1");
    }

    @Test
    void aVisitCoversFromTheQuarterStartUpToButNotOnTheMonthsFirstDay() {
        VisitMonth november = VisitMonth.of(YearMonth.of(2026, 11));
        assertThat(november.covers(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(november.covers(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(november.covers(LocalDate.of(2026, 10, 31))).isTrue();
        assertThat(november.covers(LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(november.covers(null)).isFalse();
    }
}
