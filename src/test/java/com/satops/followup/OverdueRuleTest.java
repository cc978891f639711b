package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverdueRuleTest {

    private static final FollowupDay DAY = new FollowupDay(LocalDate.of(2026, 11, 10));
    private final OverdueRule rule = new OverdueRule(Map.of(WorkOrderType.REPAIR, 48, WorkOrderType.COMPLAINT, 24));

    @Test
    void moreThanTheTypesHoursBeforeTheDaysEndIsOverdue() {
        LocalDateTime fortyEightHours = LocalDateTime.of(2026, 11, 9, 0, 0);
        assertThat(rule.overdue(DAY, WorkOrderType.REPAIR, WorkOrderStatus.OPEN, fortyEightHours, null)).isFalse();
        assertThat(rule.overdue(DAY, WorkOrderType.REPAIR, WorkOrderStatus.OPEN, fortyEightHours.minusSeconds(1),
                null)).isTrue();
        assertThat(rule.overdue(DAY, WorkOrderType.COMPLAINT, WorkOrderStatus.IN_PROGRESS,
                LocalDateTime.of(2026, 11, 9, 23, 0), null)).as("24 hours for a complaint").isTrue();
    }

    @Test
    void anOrderFinishedByTheDaysEndIsNotOverdue() {
        LocalDateTime created = LocalDateTime.of(2026, 11, 1, 8, 0);
        assertThat(rule.overdue(DAY, WorkOrderType.REPAIR, WorkOrderStatus.CLOSED, created,
                LocalDateTime.of(2026, 11, 10, 23, 59, 59))).isFalse();
        assertThat(rule.overdue(DAY, WorkOrderType.REPAIR, WorkOrderStatus.COMPLETED, created,
                LocalDateTime.of(2026, 11, 11, 0, 0))).as("completed after the day's end").isTrue();
    }

    @Test
    void typesWithoutHoursAreNeverOverdue() {
        assertThat(rule.overdue(DAY, WorkOrderType.INQUIRY, WorkOrderStatus.OPEN,
                LocalDateTime.of(2026, 1, 1, 0, 0), null)).isFalse();
    }

    @Test
    void cutoffsAreWhatTheStatementsCompareWith() {
        assertThat(rule.cutoffs(DAY)).containsExactly(
                new OverdueRule.Cutoff(WorkOrderType.REPAIR, LocalDateTime.of(2026, 11, 9, 0, 0)),
                new OverdueRule.Cutoff(WorkOrderType.COMPLAINT, LocalDateTime.of(2026, 11, 10, 0, 0)));
        assertThat(OverdueRule.hoursOpen(DAY, LocalDateTime.of(2026, 11, 8, 23, 59, 59))).isEqualTo(48);
    }
}
