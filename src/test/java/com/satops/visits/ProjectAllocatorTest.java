package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.StaffRole;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectAllocatorTest {

    static final LocalDate OCTOBER = LocalDate.of(2026, 10, 15);
    static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 15);

    static HouseholdStanding h(long id, String zone, CustomerClass cls, Integer score, LocalDate lastVisit) {
        return new HouseholdStanding(id, "1-1-" + String.format("%04d", id), zone, cls, score, lastVisit);
    }

    @Test
    void novemberOfAHandComputedProject() {
        // given: zone A (steward S1, 2 a month), zone B (no steward), a department head with 1 a month
        ProjectAllocator allocator = new ProjectAllocator("XXHY", VisitMonth.of(YearMonth.of(2026, 11)), List.of(
                new Assignee("S1", "管家", StaffRole.STEWARD, "A", null, 2),
                new Assignee("D1", "部门负责人", StaffRole.DEPT_HEAD, null, null, 1)));
        List.of(
                h(1, "A", CustomerClass.NORMAL, null, OCTOBER),     // covered, no candidate
                h(2, "A", CustomerClass.BLACK, null, OCTOBER),      // covered, but BLACK: candidate (1st)
                h(3, "A", CustomerClass.NORMAL, 2, null),           // scored 2 (2nd)
                h(4, "A", CustomerClass.NORMAL, null, SEPTEMBER),   // not covered (4th)
                h(5, "A", CustomerClass.NORMAL, null, null),        // never visited (3rd)
                h(6, "B", CustomerClass.NORMAL, null, null),        // never visited (3rd... by room: 5 before 6)
                h(7, "B", CustomerClass.NORMAL, null, OCTOBER))     // covered
                .forEach(allocator);

        // when
        ProjectAllocation month = allocator.finish();

        // then: list order 2, 3, 5, 6, 4; D1 takes 2; S1 takes 3 and 5; 6 (zone B) and 4 wait
        assertThat(month.assignments()).extracting(Assignment::householdId, Assignment::staffNo, Assignment::rank,
                Assignment::priority).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "D1", 1, VisitPriority.BLACK),
                org.assertj.core.groups.Tuple.tuple(3L, "S1", 2, VisitPriority.LOW_SCORE),
                org.assertj.core.groups.Tuple.tuple(5L, "S1", 3, VisitPriority.COVERAGE));
        assertThat(month.assignments().get(0).assignmentId()).isEqualTo("V202611-XXHY-000002");
        ProjectTally tally = month.tally();
        assertThat(tally.households()).isEqualTo(7);
        assertThat(tally.quarterCovered()).isEqualTo(3);      // 1, 2, 7
        assertThat(tally.candidates()).isEqualTo(5);
        assertThat(tally.assigned()).isEqualTo(3);
        assertThat(tally.assignedDeptHead()).isEqualTo(1);
        assertThat(tally.assignedSteward()).isEqualTo(2);
        assertThat(tally.assignedProjectManager()).isZero();
        assertThat(tally.quarterRemaining()).isEqualTo(2);    // 4 (A) and 6 (B): 7 - 3 covered - 2 newly assigned
        // December: S1 reaches 4 in A (2 a month), D1 reaches 6 in B (1 a month): nothing short
        assertThat(tally.laterMonths()).isEqualTo(1);
        assertThat(tally.shortfall()).isZero();
        assertThat(month.zones()).extracting(ZoneTally::zone, ZoneTally::withoutSteward, ZoneTally::quarterRemaining)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", false, 1L),
                        org.assertj.core.groups.Tuple.tuple("B", true, 1L));
    }

    @Test
    void inTheQuartersLastMonthTheRemainderIsTheShortfall() {
        ProjectAllocator allocator = new ProjectAllocator("XXHY", VisitMonth.of(YearMonth.of(2026, 12)), List.of(
                new Assignee("S1", "管家", StaffRole.STEWARD, "A", null, 1)));
        List.of(h(1, "A", CustomerClass.NORMAL, null, null), h(2, "A", CustomerClass.NORMAL, null, null),
                h(3, "A", CustomerClass.NORMAL, null, OCTOBER)).forEach(allocator);
        ProjectTally tally = allocator.finish().tally();
        assertThat(tally.assigned()).isEqualTo(1);
        assertThat(tally.quarterRemaining()).isEqualTo(1);
        assertThat(tally.shortfall()).isEqualTo(1);
    }
}
