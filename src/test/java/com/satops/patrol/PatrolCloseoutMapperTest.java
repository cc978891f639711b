package com.satops.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The close-out statements at the edges of FORMATS §5's rules: first and last day, as-of, deadlines. */
@MapperSlice
class PatrolCloseoutMapperTest {

    // Week 2026-W47: Monday 16 to Sunday 22 November; as of Monday 30 November; closed within 7 days.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate SUNDAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final LocalDate OVERDUE_FOUND_BEFORE = AS_OF.minusDays(7);

    @Autowired
    PatrolCloseoutMapper mapper;

    @Autowired
    JdbcTemplate db;

    @BeforeEach
    void twoProjects() {
        db.update("INSERT INTO project (project_code, project_name) VALUES ('XXHY', '星河湾'), ('LJY', '丽景苑')");
    }

    @Test
    void foundCountsTheWeeksFirstAndLastDayButNotTheDayAfter() {
        weekly("W1", MONDAY, "OPEN", null);
        weekly("W2", SUNDAY, "OPEN", null);
        weekly("W3", SUNDAY.plusDays(1), "OPEN", null);
        weekly("W4", MONDAY.minusDays(1), "OPEN", null);

        assertThat(figures("XXHY").found()).isEqualTo(2);
        assertThat(listed(mapper::foundIssues)).containsExactly("W1", "W2");
    }

    @Test
    void closedNeedsStatusClosedAndAClosingDateNotAfterAsOf() {
        weekly("C1", MONDAY, "CLOSED", AS_OF);
        weekly("C2", MONDAY, "CLOSED", AS_OF.plusDays(1));
        weekly("C3", MONDAY, "IN_PROGRESS", MONDAY.plusDays(1));

        ProjectFigures figures = figures("XXHY");
        assertThat(figures.found()).isEqualTo(3);
        assertThat(figures.closed()).isEqualTo(1);
        assertThat(listed(mapper::closedIssues)).containsExactly("C1");
    }

    @Test
    void overdueIsOpenAsOfWithADeadlineBeforeAsOfAndIncludesEarlierWeeks() {
        weekly("O1", OVERDUE_FOUND_BEFORE.minusDays(1), "OPEN", null);
        weekly("O2", OVERDUE_FOUND_BEFORE, "OPEN", null);
        weekly("O3", MONDAY.minusWeeks(3), "CLOSED", AS_OF.plusDays(2));
        weekly("O4", MONDAY.minusWeeks(3), "CLOSED", MONDAY);

        assertThat(figures("XXHY").overdue()).isEqualTo(2);
        assertThat(listed(mapper::overdueIssues)).containsExactly("O3", "O1");
    }

    @Test
    void aDailyRecheckOnTheSecondDayIsOnTimeAndOnTheThirdIsNot() {
        daily("D1", MONDAY, MONDAY.plusDays(2));
        daily("D2", MONDAY, MONDAY.plusDays(3));
        daily("D3", SUNDAY, null);

        ProjectFigures figures = figures("XXHY");
        assertThat(figures.recheckDue()).isEqualTo(3);
        assertThat(figures.recheckOnTime()).isEqualTo(1);
        assertThat(listed(mapper::recheckMisses)).containsExactly("D2", "D3");
    }

    @Test
    void everyProjectInScopeIsListedEvenWithoutIssues() {
        weekly("W1", MONDAY, "OPEN", null);

        assertThat(mapper.weekFigures(query(List.of()))).extracting(ProjectFigures::projectCode)
                .containsExactly("LJY", "XXHY");
        assertThat(mapper.weekFigures(query(List.of("LJY")))).singleElement()
                .isEqualTo(ProjectFigures.none("LJY", "丽景苑"));
    }

    @Test
    void keptFiguresReadBackAsCountedPerJobInstanceTrendWeekAndProject() {
        weekly("W1", MONDAY, "OPEN", null);
        List<ProjectFigures> counted = mapper.weekFigures(query(List.of()));
        mapper.keepWeekFigures(7L, 1, counted);
        mapper.keepWeekFigures(7L, 0, List.of(counted.get(1)));
        mapper.keepWeekFigures(8L, 0, List.of(counted.get(0)));

        assertThat(kept(7L, List.of())).containsExactly("0 " + counted.get(1), "1 " + counted.get(0),
                "1 " + counted.get(1));
        assertThat(kept(7L, List.of("LJY", "NONE"))).containsExactly("1 " + counted.get(0));
        mapper.forgetWeekFigures(List.of(7L));
        assertThat(kept(7L, List.of())).isEmpty();
        assertThat(kept(8L, List.of())).containsExactly("0 " + counted.get(0));
    }

    private List<String> kept(long jobInstanceId, List<String> projects) {
        return mapper.keptWeekFigures(jobInstanceId, projects).stream()
                .map(kept -> kept.trendWeek() + " " + kept.figures()).toList();
    }

    @Test
    void onlyActiveProjectManagersWithAnAddressAreMailed() {
        staff("PM1", "PROJECT_MANAGER", "  pm1@example.com ", true);
        staff("PM2", "PROJECT_MANAGER", " ", true);
        staff("PM3", "PROJECT_MANAGER", "pm3@example.com", false);
        staff("S1", "STEWARD", "s1@example.com", true);

        assertThat(mapper.projectManagers("XXHY"))
                .containsExactly(new ManagerAddress("PM1", "员工PM1", "pm1@example.com"));
    }

    private ProjectFigures figures(String projectCode) {
        return mapper.weekFigures(query(List.of(projectCode))).get(0);
    }

    private static IssueQuery query(List<String> projects) {
        return new IssueQuery(MONDAY, SUNDAY, AS_OF, OVERDUE_FOUND_BEFORE, 2, projects);
    }

    private interface Listing {
        void list(IssueQuery query, org.apache.ibatis.session.ResultHandler<PatrolIssueRow> handler);
    }

    private static List<String> listed(Listing listing) {
        List<String> issueNos = new ArrayList<>();
        listing.list(query(List.of("XXHY")), row -> issueNos.add(row.getResultObject().issueNo()));
        return issueNos;
    }

    private void weekly(String issueNo, LocalDate foundOn, String status, LocalDate closedOn) {
        issue(issueNo, "WEEKLY", foundOn, status, closedOn, null);
    }

    private void daily(String issueNo, LocalDate foundOn, LocalDate recheckedOn) {
        issue(issueNo, "DAILY", foundOn, "OPEN", null, recheckedOn);
    }

    private void issue(String issueNo, String type, LocalDate foundOn, String status, LocalDate closedOn,
                       LocalDate recheckedOn) {
        db.update("INSERT INTO patrol_issue (issue_no, project_code, patrol_type, found_on, category, description,"
                + " status, closed_on, rechecked_on, file_id, row_no) VALUES (?, 'XXHY', ?, ?, 'CLEANING', '楼道堆放杂物',"
                + " ?, ?, ?, 1, 2)", issueNo, type, foundOn, status, closedOn, recheckedOn);
    }

    private void staff(String staffNo, String role, String email, boolean active) {
        db.update("INSERT INTO staff (staff_no, staff_name, role, project_code, email, active, file_id)"
                + " VALUES (?, ?, ?, 'XXHY', ?, ?, 1)", staffNo, "员工" + staffNo, role, email, active);
    }
}
