package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class FollowupDayTest {

    private final FollowupDay day = new FollowupDay(LocalDate.of(2026, 11, 10));

    @Test
    void theDayBeforeRunsFromMidnightToMidnight() {
        assertThat(day.onDayBefore(LocalDateTime.of(2026, 11, 9, 0, 0))).isTrue();
        assertThat(day.onDayBefore(LocalDateTime.of(2026, 11, 9, 23, 59, 59))).isTrue();
        assertThat(day.onDayBefore(LocalDateTime.of(2026, 11, 10, 0, 0))).isFalse();
        assertThat(day.end()).isEqualTo(LocalDateTime.of(2026, 11, 11, 0, 0));
    }

    @Test
    void aDayHasEndedOnlyFromTheNextDayOn() {
        assertThat(day.endedBy(LocalDate.of(2026, 11, 10))).as("today").isFalse();
        assertThat(day.endedBy(LocalDate.of(2026, 11, 9))).as("a day still to come").isFalse();
        assertThat(day.endedBy(LocalDate.of(2026, 11, 11))).isTrue();
    }
}
