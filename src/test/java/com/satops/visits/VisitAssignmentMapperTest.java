package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.CustomerClass;
import com.satops.support.MapperSlice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What each household stands on when December 2026 is planned as of 27 November:
 * handover and class as of that day, the latest survey before December, the last
 * visit before December's first day.
 */
@MapperSlice
class VisitAssignmentMapperTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);
    private static final LocalDate DECEMBER_1 = LocalDate.of(2026, 12, 1);

    @Autowired
    VisitAssignmentMapper mapper;

    @Autowired
    JdbcTemplate db;

    @BeforeEach
    void aProject() {
        db.update("INSERT INTO project (project_code, project_name) VALUES ('XXHY', '星河湾')");
    }

    @Test
    void handoverIsTakenAsOfTheRun() {
        household(1, "DELIVERED");
        household(2, "NOT_DELIVERED");
        household(3, "DELIVERED");
        // handed over only after the as-of date: not in scope yet
        statusChange(3, "HANDOVER", "NOT_DELIVERED", "DELIVERED", AS_OF.plusDays(1));
        household(4, "NOT_DELIVERED");
        // taken back after the as-of date: it was still delivered then
        statusChange(4, "HANDOVER", "DELIVERED", "NOT_DELIVERED", AS_OF.plusDays(2));

        assertThat(standings()).extracting(HouseholdStanding::householdId).containsExactlyInAnyOrder(1L, 4L);
    }

    @Test
    void theClassIsTheLatestMarkOnOrBeforeAsOf() {
        household(1, "DELIVERED");
        mark(1, "GOOD", AS_OF.minusDays(10));
        mark(1, "BLACK", AS_OF);
        household(2, "DELIVERED");
        mark(2, "BLACK", AS_OF.plusDays(1));

        assertThat(standings()).extracting(HouseholdStanding::customerClass)
                .containsExactly(CustomerClass.BLACK, CustomerClass.NORMAL);
    }

    @Test
    void theScoreIsTheLatestSurveyBeforeThePlannedMonth() {
        household(1, "DELIVERED");
        survey(1, "2026-10", 5);
        survey(1, "2026-11", 3);
        survey(1, "2026-12", 1);

        assertThat(standings()).singleElement().extracting(HouseholdStanding::lastScore).isEqualTo(3);
    }

    @Test
    void aVisitOnThePlannedMonthsFirstDayDoesNotCountYet() {
        household(1, "DELIVERED");
        visit(1, DECEMBER_1.minusDays(1));
        visit(1, DECEMBER_1);
        household(2, "DELIVERED");

        assertThat(standings()).extracting(HouseholdStanding::lastVisit)
                .containsExactly(DECEMBER_1.minusDays(1), null);
    }

    private List<HouseholdStanding> standings() {
        List<HouseholdStanding> rows = new ArrayList<>();
        mapper.householdStandings("XXHY", AS_OF, "2026-12", DECEMBER_1, r -> rows.add(r.getResultObject()));
        rows.sort((a, b) -> Long.compare(a.householdId(), b.householdId()));
        return rows;
    }

    private void household(long id, String handover) {
        db.update("INSERT INTO household (household_id, project_code, room_key, building, room, zone, handover_status,"
                + " occupancy_status, first_file_id, last_roster_file_id) VALUES (?, 'XXHY', ?, '1', ?, 'A区', ?,"
                + " 'RESIDENT', 1, 1)", id, "1-" + id, String.valueOf(id), handover);
    }

    private void statusChange(long household, String field, String from, String to, LocalDate on) {
        db.update("INSERT INTO status_change (household_id, field, from_value, to_value, changed_on, file_id, run_key,"
                + " execution_id) VALUES (?, ?, ?, ?, ?, 1, 'import', 1)", household, field, from, to, on);
    }

    private void mark(long household, String customerClass, LocalDate on) {
        db.update("INSERT INTO class_mark (household_id, customer_class, marked_on, file_id) VALUES (?, ?, ?, 1)",
                household, customerClass, on);
    }

    private void survey(long household, String month, int score) {
        db.update("INSERT INTO survey_response (survey_month, project_code, household_id, score, in_assessment,"
                + " file_id) VALUES (?, 'XXHY', ?, ?, TRUE, 1)", month, household, score);
    }

    private void visit(long household, LocalDate on) {
        db.update("INSERT INTO visit_result (result_key, household_id, project_code, visited_on, file_id)"
                + " VALUES (?, ?, 'XXHY', ?, 1)", household + "|" + on, household, on);
    }
}
