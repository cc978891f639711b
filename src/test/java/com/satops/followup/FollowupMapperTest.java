package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.WorkOrderType;
import com.satops.support.MapperSlice;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nine figures of 30 November (FORMATS §5 service-followup) at their edges, with
 * the allowances the rule classes give: exactly the allowance is in time, a second
 * more is late; the day's first moment is in it, the next day's is not.
 */
@MapperSlice
class FollowupMapperTest {

    private static final FollowupDay DAY = new FollowupDay(LocalDate.of(2026, 11, 30));
    private static final LocalDateTime T1445 = at(14, 45, 0);
    private static final OverdueRule OVERDUE = new OverdueRule(Map.of(WorkOrderType.REPAIR, 48,
            WorkOrderType.COMPLAINT, 24));

    @Autowired
    FollowupMapper mapper;

    @Autowired
    JdbcTemplate db;

    @BeforeEach
    void twoProjects() {
        db.update("INSERT INTO project (project_code, project_name) VALUES ('XXHY', '星河湾'), ('LJY', '丽景苑')");
    }

    @Test
    void respondingAtFifteenMinutesIsOnTimeAndOneSecondMoreOrNoTimeIsLate() {
        order("R1", "REPAIR", T1445, "IN_PROGRESS");
        set("R1", "responded_at", at(15, 0, 0));
        order("R2", "COMPLAINT", T1445, "IN_PROGRESS");
        set("R2", "responded_at", at(15, 0, 1));
        order("R3", "REPAIR", T1445, "IN_PROGRESS");

        ProjectFigures figures = figures();
        assertThat(figures.created()).isEqualTo(3);
        assertThat(figures.respondedIn15()).isEqualTo(1);
    }

    @Test
    void dispatchAndFeedbackHaveThirtyAndSixtyMinutesToTheSecond() {
        order("D1", "REPAIR", at(14, 30, 0), "IN_PROGRESS");
        set("D1", "dispatched_at", at(15, 0, 0));
        set("D1", "first_feedback_at", at(15, 30, 0));
        order("D2", "REPAIR", at(14, 0, 0), "IN_PROGRESS");
        set("D2", "dispatched_at", at(14, 30, 1));
        set("D2", "first_feedback_at", at(15, 0, 1));

        ProjectFigures figures = figures();
        assertThat(figures.dispatchedIn30()).isEqualTo(1);
        assertThat(figures.feedbackIn60()).isEqualTo(1);
    }

    @Test
    void createdCountsTheDaysFirstMomentButNotTheNextDaysNorInquiriesOrSuggestions() {
        order("C1", "REPAIR", DAY.start(), "COMPLETED");
        order("C2", "REPAIR", DAY.end().minusSeconds(1), "COMPLETED");
        order("C3", "REPAIR", DAY.end(), "OPEN");
        order("C4", "REPAIR", DAY.start().minusSeconds(1), "CLOSED");
        order("C5", "INQUIRY", T1445, "OPEN");
        order("C6", "SUGGESTION", T1445, "OPEN");
        for (String no : List.of("C1", "C2", "C4")) {
            set(no, "completed_at", DAY.start().minusHours(2));
        }

        assertThat(figures().created()).isEqualTo(2);
        assertThat(mapper.missedPromiseOrders(query(List.of()))).extracting(WorkOrderRow::orderNo)
                .containsExactly("C1", "C2");
    }

    @Test
    void aReturnVisitIsDueForOrdersCompletedTheDayBeforeAndInTimeAtExactlyTwentyFourHours() {
        LocalDateTime dayBefore = DAY.previousStart();
        completed("V1", dayBefore, dayBefore.plusHours(24));
        completed("V2", dayBefore.plusHours(10), dayBefore.plusHours(34).plusSeconds(1));
        completed("V3", DAY.start().minusSeconds(1), null);
        // completed on the day itself, or two days before: not due today
        completed("V4", DAY.start(), DAY.start().plusHours(1));
        completed("V5", dayBefore.minusSeconds(1), dayBefore);

        ProjectFigures figures = figures();
        assertThat(figures.returnVisitDue()).isEqualTo(3);
        assertThat(figures.returnVisitIn24h()).isEqualTo(1);
    }

    @Test
    void aDissatisfiedVisitOfTheDayBeforeIsFollowedUpInTimeAtExactlyTwentyFourHours() {
        LocalDateTime visit = DAY.previousStart().plusHours(9);
        dissatisfied("F1", visit, visit.plusHours(24));
        dissatisfied("F2", visit, visit.plusHours(24).plusSeconds(1));
        dissatisfied("F3", DAY.start().minusSeconds(1), null);
        dissatisfied("F4", DAY.start(), null);
        completed("F5", visit.minusHours(1), visit);
        set("F5", "return_visit_rating", "FAIR");
        set("F3", "owner_staff_no", "S1");
        db.update("INSERT INTO staff (staff_no, staff_name, role, project_code, active, file_id)"
                + " VALUES ('S1', '李管家', 'STEWARD', 'XXHY', TRUE, 1)");

        ProjectFigures figures = figures();
        assertThat(figures.dissatisfied()).isEqualTo(3);
        assertThat(figures.followedUpIn24h()).isEqualTo(1);
        assertThat(mapper.dissatisfiedWithoutFollowUp(query(List.of()))).singleElement()
                .satisfies(row -> {
                    assertThat(row.orderNo()).isEqualTo("F3");
                    assertThat(row.ownerName()).isEqualTo("李管家");
                });
    }

    @Test
    void overdueIsOpenAtTheDaysEndAndCreatedMoreThanItsTypesHoursBefore() {
        LocalDateTime end = DAY.end();
        order("O1", "REPAIR", end.minusHours(48).minusSeconds(1), "OPEN");
        order("O2", "REPAIR", end.minusHours(48), "OPEN");
        order("O3", "COMPLAINT", end.minusHours(24).minusSeconds(1), "IN_PROGRESS");
        // completed only after the day's end: still open then
        order("O4", "REPAIR", end.minusDays(5), "COMPLETED");
        set("O4", "completed_at", end);
        order("O5", "REPAIR", end.minusDays(5), "COMPLETED");
        set("O5", "completed_at", end.minusSeconds(1));
        // a finished status without a completion time is not taken as finished
        order("O6", "REPAIR", end.minusDays(6), "CLOSED");
        order("O7", "INQUIRY", end.minusDays(6), "OPEN");

        assertThat(figures().overdue()).isEqualTo(4);
        assertThat(mapper.overdueOrders(query(List.of()))).extracting(WorkOrderRow::orderNo)
                .containsExactly("O6", "O4", "O1", "O3");
    }

    @Test
    void everyProjectInScopeIsListedEvenWithoutOrders() {
        order("R1", "REPAIR", T1445, "OPEN");

        assertThat(mapper.dayFigures(query(List.of()))).extracting(ProjectFigures::projectCode)
                .containsExactly("LJY", "XXHY");
        assertThat(mapper.dayFigures(query(List.of("LJY"))))
                .containsExactly(new ProjectFigures("LJY", "丽景苑", 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(mapper.missedPromiseOrders(query(List.of("LJY")))).isEmpty();
    }

    @Test
    void keptFiguresReadBackAsCountedPerJobInstanceAndProject() {
        order("R1", "REPAIR", T1445, "OPEN");
        List<ProjectFigures> counted = mapper.dayFigures(query(List.of()));
        mapper.keepDayFigures(7L, counted);
        mapper.keepDayFigures(8L, List.of(counted.get(0)));

        assertThat(mapper.keptDayFigures(7L, List.of())).containsExactlyElementsOf(counted);
        assertThat(mapper.keptDayFigures(7L, List.of("XXHY", "NONE"))).containsExactly(counted.get(1));
        mapper.forgetDayFigures(List.of(7L));
        assertThat(mapper.keptDayFigures(7L, List.of())).isEmpty();
        assertThat(mapper.keptDayFigures(8L, List.of())).containsExactly(counted.get(0));
    }

    @Test
    void addressesAreOfActiveStaffWithANonBlankEmailTrimmed() {
        staff("PM1", "PROJECT_MANAGER", "XXHY", " pm1@example.com ", true);
        staff("PM2", "PROJECT_MANAGER", "XXHY", "  ", true);
        staff("PM3", "PROJECT_MANAGER", "LJY", "pm3@example.com", false);
        staff("PM4", "PROJECT_MANAGER", "LJY", "pm4@example.com", true);
        staff("S1", "STEWARD", "XXHY", "s1@example.com", true);

        assertThat(mapper.projectManagers(List.of("XXHY", "LJY"))).containsExactly(
                new StaffAddress("PM1", "员工PM1", "PROJECT_MANAGER", "XXHY", "pm1@example.com"),
                new StaffAddress("PM4", "员工PM4", "PROJECT_MANAGER", "LJY", "pm4@example.com"));
        assertThat(mapper.activeStaff(List.of("S1", "PM2", "PM3"))).extracting(StaffAddress::staffNo)
                .containsExactly("S1");
    }

    private ProjectFigures figures() {
        return mapper.dayFigures(query(List.of("XXHY"))).get(0);
    }

    private static FollowupQuery query(List<String> projects) {
        return FollowupQuery.of(DAY, OVERDUE, projects);
    }

    private static LocalDateTime at(int hour, int minute, int second) {
        return DAY.start().withHour(hour).withMinute(minute).withSecond(second);
    }

    private void completed(String orderNo, LocalDateTime completedAt, LocalDateTime returnVisitAt) {
        order(orderNo, "REPAIR", completedAt.minusHours(3), "COMPLETED");
        set(orderNo, "completed_at", completedAt);
        set(orderNo, "return_visit_at", returnVisitAt);
    }

    private void dissatisfied(String orderNo, LocalDateTime returnVisitAt, LocalDateTime followedUpAt) {
        completed(orderNo, returnVisitAt.minusHours(1), returnVisitAt);
        set(orderNo, "return_visit_rating", "DISSATISFIED");
        set(orderNo, "followed_up_at", followedUpAt);
    }

    private void order(String orderNo, String type, LocalDateTime createdAt, String status) {
        db.update("INSERT INTO work_order (order_no, project_code, room_key, household_id, order_type, created_at,"
                + " status, file_id, row_no) VALUES (?, 'XXHY', '1-101', 1, ?, ?, ?, 1, 2)",
                orderNo, type, createdAt, status);
    }

    private void set(String orderNo, String column, Object value) {
        db.update("UPDATE work_order SET " + column + " = ? WHERE order_no = ?", value, orderNo);
    }

    private void staff(String staffNo, String role, String project, String email, boolean active) {
        db.update("INSERT INTO staff (staff_no, staff_name, role, project_code, email, active, file_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, 1)", staffNo, "员工" + staffNo, role, project, email, active);
    }
}
