package com.satops.presampling;

import static com.satops.presampling.FrameHistory.AS_OF;
import static com.satops.presampling.FrameHistory.RUN;
import static com.satops.presampling.FrameHistory.query;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The month's frame as of 27 November (FORMATS §5 presampling-cleanup): status from
 * the changes after as-of, class from the latest mark on or before it, the first
 * exclusion that applies; and the summary's counts and frame diff.
 */
@MapperSlice
class SampleFrameMapperTest {

    @Autowired
    SampleFrameMapper mapper;

    @Autowired
    JdbcTemplate db;

    FrameHistory history;

    @BeforeEach
    void twoProjects() {
        history = new FrameHistory(db);
        history.project("XXHY", "星河湾");
        history.project("LJY", "丽景苑");
    }

    @Test
    void aStatusChangedOnAsOfCountsButOneAfterIsUndoneToWhatTheEarliestLaterChangeChangedFrom() {
        history.household(1, "DELIVERED", "RESIDENT");
        history.statusChange(1, "HANDOVER", "NOT_DELIVERED", "DELIVERED", AS_OF, "import");
        history.household(2, "DELIVERED", "RESIDENT");
        history.statusChange(2, "HANDOVER", "NOT_DELIVERED", "DELIVERED", AS_OF.plusDays(1), "import");
        history.household(3, "DELIVERED", "RENTED");
        history.statusChange(3, "OCCUPANCY", "VACANT", "RENOVATING", AS_OF.plusDays(1), "import");
        history.statusChange(3, "OCCUPANCY", "RENOVATING", "RENTED", AS_OF.plusDays(5), "import");

        decide(List.of());

        assertThat(frame("handover_status")).containsExactly("DELIVERED", "NOT_DELIVERED", "DELIVERED");
        assertThat(frame("occupancy_status")).containsExactly("RESIDENT", "RESIDENT", "VACANT");
        assertThat(frame("outcome")).containsExactly("ELIGIBLE", "NOT_DELIVERED", "NOT_OCCUPIED");
    }

    @Test
    void theClassIsTheLatestMarkOnOrBeforeAsOfElseNormalWithoutEvidence() {
        history.household(1, "DELIVERED", "RESIDENT");
        history.mark(1, "BLACK", AS_OF.minusDays(3));
        long good = history.mark(1, "GOOD", AS_OF);
        history.household(2, "DELIVERED", "RESIDENT");
        long black = history.mark(2, "BLACK", AS_OF.minusDays(1));
        history.mark(2, "GOOD", AS_OF.plusDays(1));
        history.household(3, "DELIVERED", "RESIDENT");
        history.mark(3, "BLACK", AS_OF.plusDays(1));

        decide(List.of());

        assertThat(frame("customer_class")).containsExactly("GOOD", "BLACK", "NORMAL");
        assertThat(frame("outcome")).containsExactly("ELIGIBLE", "BLACK", "ELIGIBLE");
        assertThat(db.queryForList("SELECT class_mark_id FROM sample_frame ORDER BY household_id", Long.class))
                .containsExactly(good, black, null);
    }

    @Test
    void theFirstExclusionThatAppliesIsTheOutcome() {
        history.household(1, "NOT_DELIVERED", "VACANT");
        history.mark(1, "BLACK", AS_OF);
        history.household(2, "DELIVERED", "VACANT");
        history.mark(2, "BLACK", AS_OF);
        history.household(3, "DELIVERED", "RENTED");
        history.mark(3, "BLACK", AS_OF);
        history.household(4, "DELIVERED", "RENTED");

        decide(List.of());

        assertThat(frame("outcome")).containsExactly("NOT_DELIVERED", "NOT_OCCUPIED", "BLACK", "ELIGIBLE");
    }

    @Test
    void withNoOccupiedStatusConfiguredEveryDeliveredHouseholdIsNotOccupied() {
        history.household(1, "DELIVERED", "RESIDENT");
        history.household(2, "NOT_DELIVERED", "RESIDENT");
        FrameQuery query = query(List.of());
        FrameQuery noneOccupied = new FrameQuery(query.month(), query.previousMonth(), AS_OF, query.monthStart(),
                List.of(), List.of(), List.of(), RUN, 9);

        mapper.insertFrame(noneOccupied);

        assertThat(frame("outcome")).containsExactly("NOT_OCCUPIED", "NOT_DELIVERED");
    }

    @Test
    void aStatusExclusionsEvidenceIsTheLatestChangeOfItsFieldByAsOf() {
        history.household(1, "NOT_DELIVERED", "RESIDENT");
        history.statusChange(1, "HANDOVER", "NOT_DELIVERED", "DELIVERED", AS_OF.minusDays(9), "import");
        long undone = history.statusChange(1, "HANDOVER", "DELIVERED", "NOT_DELIVERED", AS_OF, "import");
        history.statusChange(1, "OCCUPANCY", "VACANT", "RESIDENT", AS_OF, "import");
        history.statusChange(1, "HANDOVER", "NOT_DELIVERED", "NOT_DELIVERED", AS_OF.plusDays(1), "import");
        // excluded as first listed: no change to show
        history.household(2, "DELIVERED", "VACANT");
        history.household(3, "DELIVERED", "RESIDENT");
        history.statusChange(3, "OCCUPANCY", "VACANT", "RESIDENT", AS_OF.minusDays(1), "import");

        decide(List.of());

        assertThat(db.queryForList("SELECT status_change_id FROM sample_frame ORDER BY household_id", Long.class))
                .containsExactly(undone, null, null);
    }

    @Test
    void aRunOfOneProjectReplacesOnlyThatProjectsFrameOfTheMonth() {
        history.household(1, "XXHY", "1", null, "101", "DELIVERED", "RESIDENT");
        history.household(2, "LJY", "1", null, "101", "DELIVERED", "RESIDENT");
        history.framed("2026-12", 1, "XXHY", "BLACK");
        history.framed("2026-12", 2, "LJY", "BLACK");
        history.framed("2026-11", 1, "XXHY", "BLACK");

        decide(List.of("XXHY"));

        assertThat(db.queryForList("SELECT CONCAT(frame_month, ' ', project_code, ' ', outcome) FROM sample_frame"
                + " ORDER BY frame_month, household_id", String.class))
                .containsExactly("2026-11 XXHY BLACK", "2026-12 XXHY ELIGIBLE", "2026-12 LJY BLACK");
        assertThat(mapper.knownProjects(query(List.of("XXHY", "NOPE")))).containsExactly("XXHY");
        assertThat(mapper.knownProjects(query(List.of()))).containsExactly("LJY", "XXHY");
    }

    @Test
    void projectSummariesCountOutcomesThisRunsChangesAndHouseholdsTheLatestRosterLeftOut() {
        history.project("HTY", "和泰园");
        history.household(1, "DELIVERED", "RESIDENT");
        history.household(2, "NOT_DELIVERED", "RESIDENT");
        history.household(3, "DELIVERED", "VACANT");
        history.household(4, "DELIVERED", "RESIDENT");
        history.mark(4, "BLACK", AS_OF);
        history.leftOffLatestRoster(3, 0);
        history.classChange(4, "NORMAL", "BLACK", AS_OF, RUN);
        history.classChange(1, "NORMAL", "GOOD", AS_OF, "an earlier run");
        history.statusChange(2, "HANDOVER", "DELIVERED", "NOT_DELIVERED", AS_OF, RUN);
        history.statusChange(2, "OCCUPANCY", "VACANT", "RESIDENT", AS_OF, RUN);
        history.household(5, "LJY", "1", null, "101", "DELIVERED", "RESIDENT");

        decide(List.of("XXHY", "HTY"));

        assertThat(mapper.projectSummaries(query(List.of("XXHY", "HTY")))).containsExactly(
                new ProjectSummary("HTY", "和泰园", 0, 0, 0, 0, 0, 0, 0, 0),
                new ProjectSummary("XXHY", "星河湾", 4, 1, 1, 1, 1, 1, 2, 1));
    }

    @Test
    void aChangeThisRunRecordedIsCountedOnlyWhenDatedOnOrBeforeAsOf() {
        history.household(1, "DELIVERED", "RESIDENT");
        history.classChange(1, "NORMAL", "BLACK", AS_OF, RUN);
        // a CRM mark dated after as-of: recorded by the import, not in effect for this run
        history.classChange(1, "BLACK", "GOOD", AS_OF.plusDays(1), RUN);
        history.statusChange(1, "OCCUPANCY", "VACANT", "RESIDENT", AS_OF, RUN);
        history.statusChange(1, "HANDOVER", "DELIVERED", "DELIVERED", AS_OF.plusDays(1), RUN);

        decide(List.of("XXHY"));

        assertThat(mapper.projectSummaries(query(List.of("XXHY")))).singleElement()
                .satisfies(summary -> {
                    assertThat(summary.classChanges()).isEqualTo(1);
                    assertThat(summary.statusChanges()).isEqualTo(1);
                });
    }

    @Test
    void theDiffCountsHouseholdsThatCrossedTheEligibleLineOnly() {
        for (long id = 1; id <= 5; id++) {
            history.household(id, "DELIVERED", "RESIDENT");
        }
        history.mark(2, "BLACK", AS_OF);
        history.mark(5, "BLACK", AS_OF);
        history.framed("2026-11", 1, "XXHY", "ELIGIBLE");
        history.framed("2026-11", 2, "XXHY", "ELIGIBLE");
        history.framed("2026-11", 3, "XXHY", "NOT_OCCUPIED");
        history.framed("2026-11", 5, "XXHY", "NOT_DELIVERED");
        // household 4 is listed since last month

        decide(List.of());
        List<String> compared = mapper.projectsWithPreviousFrame(query(List.of()));

        assertThat(compared).containsExactly("XXHY");
        assertThat(mapper.diffCounts(query(List.of()).comparedWith(compared))).containsExactly(
                new DiffCount("XXHY", FrameOutcome.ELIGIBLE, FrameOutcome.BLACK, 1),
                new DiffCount("XXHY", null, FrameOutcome.ELIGIBLE, 1),
                new DiffCount("XXHY", FrameOutcome.NOT_OCCUPIED, FrameOutcome.ELIGIBLE, 1));
    }

    @Test
    void dataIssuesOfAFileOverTheRejectRateAreNotCounted() {
        history.file(2, "CRM", "crm.xlsx", "APPLIED", AS_OF);
        history.file(3, "ERP", "erp.xlsx", "OVER_RATE", AS_OF);
        history.issue(2, "unknown household");
        history.issue(3, "bad handover");
        db.update("INSERT INTO data_issue (execution_id, run_key, reason, row_skipped) VALUES (9, ?, 'x', TRUE)", RUN);

        assertThat(mapper.countDataIssues(query(List.of()))).isEqualTo(2);
    }

    private void decide(List<String> projects) {
        FrameQuery query = query(projects);
        mapper.deleteFrame(query);
        mapper.insertFrame(query);
        mapper.attachStatusEvidence(query);
    }

    private List<String> frame(String column) {
        return db.queryForList("SELECT " + column + " FROM sample_frame WHERE frame_month = '2026-12'"
                + " ORDER BY household_id", String.class);
    }
}
