package com.satops.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class BadRowScheduleTest {

    @Test
    void placesExactlyTheCountOnePerStretch() {
        BadRowSchedule schedule = BadRowSchedule.spread(1_000, 4, new SplittableRandom(1));
        List<Long> due = new ArrayList<>();
        for (long slot = 0; slot < 1_000; slot++) {
            if (schedule.due(slot)) {
                due.add(slot);
            }
        }
        assertThat(due).hasSize(4);
        for (int i = 0; i < 4; i++) {
            assertThat(due.get(i)).isBetween(i * 250L, i * 250L + 249);
        }
    }

    @Test
    void smallFilesGetNoBadRowsSoTheyNeverTripTheRejectRate() {
        assertThat(BadRowSchedule.countFor(499, 0.01)).isZero();
        assertThat(BadRowSchedule.countFor(500, 0.0001)).isEqualTo(1);
        assertThat(BadRowSchedule.countFor(10_000, 0.002)).isEqualTo(20);
    }

    @Test
    void moreBadRowsThanSlotsAreCappedAtTheSlots() {
        BadRowSchedule schedule = BadRowSchedule.spread(3, 10, new SplittableRandom(1));
        assertThat(schedule.due(0)).isTrue();
        assertThat(schedule.due(1)).isTrue();
        assertThat(schedule.due(2)).isTrue();
    }
}
