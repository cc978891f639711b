package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodEndTest {

    private static final IsoWeek W47 = IsoWeek.parse("2026-W47"); // Monday 11-16 to Sunday 11-22

    @Test
    void aWeekIsOverFromItsSunday() {
        assertThat(PeriodEnd.weekEnded(W47, LocalDate.of(2026, 11, 21))).isFalse();
        assertThat(PeriodEnd.weekEnded(W47, LocalDate.of(2026, 11, 22))).isTrue();
        assertThat(PeriodEnd.weekEnded(W47, LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(PeriodEnd.weekEnded(IsoWeek.parse("2026-W53"), LocalDate.of(2026, 12, 1))).isFalse();
    }

    @Test
    void aMonthIsOverFromItsLastDay() {
        YearMonth november = YearMonth.of(2026, 11);
        assertThat(PeriodEnd.monthEnded(november, LocalDate.of(2026, 11, 29))).isFalse();
        assertThat(PeriodEnd.monthEnded(november, LocalDate.of(2026, 11, 30))).isTrue();
        assertThat(PeriodEnd.monthEnded(november, LocalDate.of(2026, 12, 1))).isTrue();
        assertThat(PeriodEnd.monthEnded(YearMonth.of(2027, 2), LocalDate.of(2027, 2, 28))).isTrue();
    }

    @Test
    void aCheckedDayIsOverOnceTodayIsLater() {
        LocalDate today = LocalDate.of(2026, 12, 1);
        assertThat(PeriodEnd.dayEnded(today.minusDays(1), today)).isTrue();
        assertThat(PeriodEnd.dayEnded(today, today)).isFalse();
        assertThat(PeriodEnd.dayEnded(today.plusDays(1), today)).isFalse();
    }
}
