package com.satops.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReasonCategory;
import com.satops.support.MapperSlice;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The summary's statements at the edges of FORMATS §5: 考核期, the 3/4 boundary, month range, scope. */
@MapperSlice
class SatisfactionMapperTest {

    @Autowired
    SatisfactionMapper mapper;

    @Autowired
    JdbcTemplate db;

    private long nextRoom = 1;

    @BeforeEach
    void twoProjects() {
        db.update("INSERT INTO project (project_code, project_name) VALUES ('XXHY', '星河湾'), ('LJY', '丽景苑')");
    }

    @Test
    void aTallyCountsOnlyAssessedResponsesAndFourIsSatisfied() {
        response("XXHY", "2026-10", 4, true, null, null);
        response("XXHY", "2026-10", 3, true, null, null);
        response("XXHY", "2026-10", 5, false, null, null);
        response("XXHY", "2026-09", 1, true, null, null);
        response("XXHY", "2026-11", 5, true, null, null);

        assertThat(mapper.monthTallies("2026-10", "2026-10", List.of()))
                .containsExactly(new MonthTally("XXHY", "2026-10", 2, 1));
        assertThat(mapper.monthTallies("2026-09", "2026-11", List.of())).extracting(MonthTally::surveyMonth)
                .containsExactly("2026-09", "2026-10", "2026-11");
    }

    @Test
    void unsatisfiedMeansThreeOrLowerInTheAssessment() {
        response("XXHY", "2026-10", 3, true, "停车收费贵", null);
        response("XXHY", "2026-10", 1, true, "", "SECURITY");
        response("XXHY", "2026-10", 4, true, "还行", null);
        response("XXHY", "2026-10", 2, false, "不算", null);

        List<UnsatisfiedResponse> unsatisfied = new ArrayList<>();
        mapper.unsatisfiedResponses("2026-10", List.of(), r -> unsatisfied.add(r.getResultObject()));

        assertThat(unsatisfied).extracting(UnsatisfiedResponse::score).containsExactly(3, 1);
        assertThat(unsatisfied.get(1).reasonCategory()).isEqualTo(ReasonCategory.SECURITY);
    }

    @Test
    void scoredThreeListsOnlyThreesOfTheProjectsInScope() {
        response("XXHY", "2026-10", 3, true, "电梯经常坏", null);
        response("XXHY", "2026-10", 2, true, "", null);
        response("LJY", "2026-10", 3, true, "", null);

        List<ScoredThreeHousehold> threes = new ArrayList<>();
        mapper.scoredThree("2026-10", List.of("XXHY"), r -> threes.add(r.getResultObject()));

        assertThat(threes).singleElement().satisfies(h -> {
            assertThat(h.projectName()).isEqualTo("星河湾");
            assertThat(h.reason()).isEqualTo("电梯经常坏");
        });
    }

    @Test
    void projectsInScopeAreListedByCode() {
        assertThat(mapper.projects(List.of())).extracting(ProjectName::projectCode).containsExactly("LJY", "XXHY");
        assertThat(mapper.projects(List.of("XXHY"))).extracting(ProjectName::projectCode).containsExactly("XXHY");
    }

    @Test
    void stewardsWithoutAZoneAndInactiveStaffAreLeftOut() {
        staff("S1", "STEWARD", "A区", "s1@example.com", true);
        staff("S2", "STEWARD", null, "s2@example.com", true);
        staff("S3", "STEWARD", "A区", "s3@example.com", false);
        staff("PM1", "PROJECT_MANAGER", null, "pm1@example.com", true);
        staff("PM2", "PROJECT_MANAGER", null, "", true);

        assertThat(mapper.activeStewards(List.of())).extracting(ActiveSteward::staffNo).containsExactly("S1");
        assertThat(mapper.projectManagerEmails("XXHY")).containsExactly("pm1@example.com");
    }

    private void response(String project, String month, int score, boolean inAssessment, String reason,
                          String category) {
        long room = nextRoom++;
        db.update("INSERT INTO household (household_id, project_code, room_key, building, room, zone, handover_status,"
                + " occupancy_status, first_file_id, last_roster_file_id) VALUES (?, ?, ?, '1', ?, 'A区', 'DELIVERED',"
                + " 'RESIDENT', 1, 1)", room, project, "1-" + room, String.valueOf(room));
        db.update("INSERT INTO survey_response (survey_month, project_code, household_id, score, reason,"
                + " reason_category, in_assessment, file_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1)",
                month, project, room, score, reason, category, inAssessment);
    }

    private void staff(String staffNo, String role, String zone, String email, boolean active) {
        db.update("INSERT INTO staff (staff_no, staff_name, role, project_code, zone, email, active, file_id)"
                + " VALUES (?, ?, ?, 'XXHY', ?, ?, ?, 1)", staffNo, "员工" + staffNo, role, zone, email, active);
    }
}
