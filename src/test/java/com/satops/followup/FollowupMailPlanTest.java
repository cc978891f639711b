package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReturnVisitRating;
import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowupMailPlanTest {

    private static final FollowupDay DAY = new FollowupDay(LocalDate.of(2026, 11, 10));
    private static final StaffAddress PM1 = new StaffAddress("PM1", "钱经理", "PROJECT_MANAGER", "XXHY", "pm1@x.com");
    private static final StaffAddress PM2 = new StaffAddress("PM2", "周经理", "PROJECT_MANAGER", "YYJD", "pm2@x.com");
    private static final StaffAddress S1 = new StaffAddress("S1", "赵管家", "STEWARD", "XXHY", "s1@x.com");

    private static ProjectFigures project(String code, long created) {
        return new ProjectFigures(code, code, created, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    private static WorkOrderRow order(String no, String owner) {
        LocalDateTime at = LocalDateTime.of(2026, 11, 9, 9, 0);
        return new WorkOrderRow(no, "XXHY", null, WorkOrderType.REPAIR, at, at, at, at, at, at,
                ReturnVisitRating.DISSATISFIED, null, owner, null, WorkOrderStatus.COMPLETED);
    }

    @Test
    void aManagerWhoOwnsOrdersGetsOneMailHoldingBoth() {
        FollowupBoard board = FollowupBoard.of(DAY, List.of(project("XXHY", 2), project("YYJD", 0)));
        List<WorkOrderRow> orders = List.of(order("C1", "PM1"), order("C2", "S1"), order("C3", "PM1"));

        List<PlannedMail> plan = FollowupMailPlan.plan(board, List.of(PM1, PM2), List.of(PM1, S1), orders);

        assertThat(plan).extracting(m -> m.to().staffNo()).as("YYJD counted nothing").containsExactly("PM1", "S1");
        assertThat(plan.get(0).project().projectCode()).isEqualTo("XXHY");
        assertThat(plan.get(0).toFollowUp()).extracting(WorkOrderRow::orderNo).containsExactly("C1", "C3");
        assertThat(plan.get(1).project()).isNull();
        assertThat(plan.get(1).toFollowUp()).extracting(WorkOrderRow::orderNo).containsExactly("C2");
    }

    @Test
    void ownersWithoutAnAddressAreLookedUpButNotMailed() {
        FollowupBoard board = FollowupBoard.of(DAY, List.of(project("XXHY", 0)));
        List<WorkOrderRow> orders = List.of(order("C1", "S9"), order("C2", null));

        assertThat(FollowupMailPlan.ownerStaffNos(orders)).containsExactly("S9");
        assertThat(FollowupMailPlan.plan(board, List.of(PM1), List.of(), orders)).isEmpty();
    }
}
