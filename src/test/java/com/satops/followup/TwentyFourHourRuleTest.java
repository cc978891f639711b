package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReturnVisitRating;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class TwentyFourHourRuleTest {

    private static final FollowupDay DAY = new FollowupDay(LocalDate.of(2026, 11, 10));

    @Test
    void aReturnVisitIsDueForOrdersCompletedTheDayBefore() {
        assertThat(TwentyFourHourRule.returnVisitDue(DAY, LocalDateTime.of(2026, 11, 9, 0, 0))).isTrue();
        assertThat(TwentyFourHourRule.returnVisitDue(DAY, LocalDateTime.of(2026, 11, 9, 23, 59, 59))).isTrue();
        assertThat(TwentyFourHourRule.returnVisitDue(DAY, LocalDateTime.of(2026, 11, 8, 23, 59, 59)))
                .as("completed two days before").isFalse();
        assertThat(TwentyFourHourRule.returnVisitDue(DAY, LocalDateTime.of(2026, 11, 10, 0, 0))).isFalse();
        assertThat(TwentyFourHourRule.returnVisitDue(DAY, null)).isFalse();
    }

    @Test
    void twentyFourHoursExactlyIsInTime() {
        LocalDateTime completed = LocalDateTime.of(2026, 11, 9, 10, 0);
        assertThat(TwentyFourHourRule.returnVisitInTime(completed, completed.plusHours(24))).isTrue();
        assertThat(TwentyFourHourRule.returnVisitInTime(completed, completed.plusHours(24).plusSeconds(1))).isFalse();
        assertThat(TwentyFourHourRule.returnVisitInTime(completed, null)).isFalse();
    }

    @Test
    void onlyADissatisfiedReturnVisitOfTheDayBeforeCounts() {
        LocalDateTime visit = LocalDateTime.of(2026, 11, 9, 9, 0);
        assertThat(TwentyFourHourRule.dissatisfied(DAY, visit, ReturnVisitRating.DISSATISFIED)).isTrue();
        assertThat(TwentyFourHourRule.dissatisfied(DAY, visit, ReturnVisitRating.FAIR)).isFalse();
        assertThat(TwentyFourHourRule.dissatisfied(DAY, visit.minusDays(1), ReturnVisitRating.DISSATISFIED)).isFalse();
        assertThat(TwentyFourHourRule.dissatisfied(DAY, visit, ReturnVisitRating.parse("2"))).isTrue();
    }

    @Test
    void aFollowUpAtTwentyFourHoursIsOnTime() {
        LocalDateTime visit = LocalDateTime.of(2026, 11, 9, 9, 0);
        assertThat(TwentyFourHourRule.followedUpInTime(visit, LocalDateTime.of(2026, 11, 10, 9, 0))).isTrue();
        assertThat(TwentyFourHourRule.followedUpInTime(visit, LocalDateTime.of(2026, 11, 10, 9, 0, 1))).isFalse();
        assertThat(TwentyFourHourRule.deadline(visit)).isEqualTo(LocalDateTime.of(2026, 11, 10, 9, 0));
    }
}
