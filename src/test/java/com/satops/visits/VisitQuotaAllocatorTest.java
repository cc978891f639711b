package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.StaffRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitQuotaAllocatorTest {

    static Assignee person(String no, StaffRole role, String zone, int quota) {
        return new Assignee(no, no, role, zone, null, quota);
    }

    static HouseholdStanding inZone(int id, String zone) {
        return new HouseholdStanding(id, "1-1-" + id, zone, CustomerClass.NORMAL, null, null);
    }

    private static List<String> takers(VisitQuotaAllocator allocator, List<HouseholdStanding> candidates) {
        List<String> takers = new ArrayList<>();
        for (HouseholdStanding candidate : candidates) {
            Assignee taker = allocator.assign(candidate);
            takers.add(taker == null ? "-" : taker.staffNo());
        }
        return takers;
    }

    @Test
    void managersTakeTheTopThenStewardsTheirOwnZoneInTurnByStaffNumber() {
        // given: two project managers (in turn), one department head, two stewards of A and one of B
        VisitQuotaAllocator allocator = new VisitQuotaAllocator(List.of(
                person("S10", StaffRole.STEWARD, "A", 2),
                person("S2", StaffRole.STEWARD, "A", 1),
                person("S3", StaffRole.STEWARD, "B", 1),
                person("D1", StaffRole.DEPT_HEAD, null, 1),
                person("P2", StaffRole.PROJECT_MANAGER, null, 1),
                person("P1", StaffRole.PROJECT_MANAGER, null, 2)));
        List<HouseholdStanding> candidates = List.of(
                inZone(1, "B"), inZone(2, "B"), inZone(3, "C"), inZone(4, "A"),  // managers: P1 P2 P1 D1
                inZone(5, "A"), inZone(6, "B"), inZone(7, "A"), inZone(8, "A"),  // S2 (before S10) S3 S10 S10
                inZone(9, "A"), inZone(10, "B"), inZone(11, "C"));               // all quotas of A, B used; C has none

        // when / then
        assertThat(takers(allocator, candidates))
                .containsExactly("P1", "P2", "P1", "D1", "S2", "S3", "S10", "S10", "-", "-", "-");
    }

    @Test
    void aZoneWithoutStewardWaitsForManagers() {
        VisitQuotaAllocator allocator = new VisitQuotaAllocator(List.of(
                person("S1", StaffRole.STEWARD, "A", 5),
                person("D1", StaffRole.DEPT_HEAD, null, 1)));
        assertThat(takers(allocator, List.of(inZone(1, "C"), inZone(2, "C"), inZone(3, "A"))))
                .containsExactly("D1", "-", "S1");
    }

    @Test
    void aZeroQuotaTakesNothing() {
        VisitQuotaAllocator allocator = new VisitQuotaAllocator(List.of(
                person("P1", StaffRole.PROJECT_MANAGER, null, 0),
                person("S1", StaffRole.STEWARD, "A", 0)));
        assertThat(takers(allocator, List.of(inZone(1, "A")))).containsExactly("-");
    }

    @Test
    void inactiveRosterRowsMakeNoAssignee() {
        assertThat(Assignee.fromRoster(new StaffRow("S9", "离职管家", StaffRole.STEWARD, "A", null, 80, false)))
                .isNull();
        assertThat(Assignee.fromRoster(new StaffRow("S1", "管家", StaffRole.STEWARD, "A", null, null, true)).quota())
                .isEqualTo(120);
        assertThat(Assignee.fromRoster(new StaffRow("D1", "部门", StaffRole.DEPT_HEAD, null, null, null, true))
                .quota()).isEqualTo(50);
        assertThat(Assignee.fromRoster(new StaffRow("P1", "经理", StaffRole.PROJECT_MANAGER, null, null, 12, true))
                .quota()).isEqualTo(12);
    }
}
