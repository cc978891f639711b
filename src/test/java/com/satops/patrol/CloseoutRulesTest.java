package com.satops.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CloseoutRulesTest {

    private final CloseoutRules rules = new CloseoutRules(7, 2);
    private final LocalDate found = LocalDate.of(2026, 11, 17);

    @Test
    void theDeadlineDayItselfIsStillInTime() {
        assertThat(rules.closeDeadline(found)).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(rules.closedLate(found, LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(rules.closedLate(found, LocalDate.of(2026, 11, 25))).isTrue();
        assertThat(rules.pastDeadline(found, LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(rules.pastDeadline(found, LocalDate.of(2026, 11, 25))).isTrue();
    }

    @Test
    void overdueFoundBeforeAgreesWithTheDeadline() {
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        LocalDate bound = rules.overdueFoundBefore(asOf);
        assertThat(rules.pastDeadline(bound.minusDays(1), asOf)).isTrue();
        assertThat(rules.pastDeadline(bound, asOf)).isFalse();
    }

    @Test
    void daysOverdueCountFromTheDeadline() {
        assertThat(rules.daysOverdue(found, LocalDate.of(2026, 11, 30))).isEqualTo(6);
        assertThat(rules.daysOverdue(found, LocalDate.of(2026, 11, 20))).isZero();
    }

    @Test
    void closeoutStateJudgesTheCurrentStatusAsOfTheDate() {
        LocalDate asOf = LocalDate.of(2026, 11, 30);
        assertThat(rules.closeoutState(found, true, LocalDate.of(2026, 11, 20), asOf))
                .isEqualTo(CloseoutState.CLOSED_ON_TIME);
        assertThat(rules.closeoutState(found, true, LocalDate.of(2026, 11, 26), asOf))
                .isEqualTo(CloseoutState.CLOSED_LATE);
        // closed only after the as-of date: not closed yet as of it
        assertThat(rules.closeoutState(found, true, LocalDate.of(2026, 12, 1), asOf))
                .isEqualTo(CloseoutState.OVERDUE);
        assertThat(rules.closeoutState(found, false, null, LocalDate.of(2026, 11, 23)))
                .isEqualTo(CloseoutState.OPEN);
    }

    @Test
    void recheckIsOnTimeUpToTheDeadlineAndMissingOnlyOnceItPassed() {
        assertThat(rules.recheckState(found, LocalDate.of(2026, 11, 19), found.plusDays(10)))
                .isEqualTo(RecheckState.ON_TIME);
        assertThat(rules.recheckState(found, LocalDate.of(2026, 11, 20), found.plusDays(10)))
                .isEqualTo(RecheckState.LATE);
        assertThat(rules.recheckState(found, null, LocalDate.of(2026, 11, 19))).isEqualTo(RecheckState.PENDING);
        assertThat(rules.recheckState(found, null, LocalDate.of(2026, 11, 20))).isEqualTo(RecheckState.MISSING);
        assertThat(rules.recheckDaysLate(found, LocalDate.of(2026, 11, 22), found)).isEqualTo(3);
        assertThat(rules.recheckDaysLate(found, null, LocalDate.of(2026, 11, 23))).isEqualTo(4);
    }

    @Test
    void deadlinesFollowTheSettings() {
        CloseoutRules strict = new PatrolProperties(3, 1, 8).rules();
        assertThat(strict.closeDeadline(found)).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(strict.recheckDeadline(found)).isEqualTo(LocalDate.of(2026, 11, 18));
    }
}
