package com.satops.presampling;

import static com.satops.presampling.FrameHistory.AS_OF;
import static com.satops.presampling.FrameHistory.ROSTER;
import static com.satops.presampling.FrameHistory.RUN;
import static com.satops.presampling.FrameHistory.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.satops.common.report.DataIssueRow;
import com.satops.support.MapperSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.ibatis.session.ResultHandler;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The workbook's and the agency CSV's listings: rooms in the order people read them,
 * each outcome with the evidence it was decided on, the month's repeated class changes.
 */
@MapperSlice
class FrameReportMapperTest {

    @Autowired
    FrameReportMapper mapper;

    @Autowired
    SampleFrameMapper frames;

    @Autowired
    JdbcTemplate db;

    FrameHistory history;

    @BeforeEach
    void aProjectAndItsFiles() {
        history = new FrameHistory(db);
        history.project("XXHY", "星河湾");
        history.file(ROSTER, "ERP", "erp-1101.xlsx", "APPLIED", AS_OF.minusDays(26));
        history.file(2, "CRM", "crm-1127.xlsx", "APPLIED", AS_OF);
    }

    @Test
    void roomsComeInNaturalOrderTwoBeforeTenAndByBuildingUnitAndRoom() {
        history.household(1, "XXHY", "10", null, "1", "DELIVERED", "RESIDENT");
        history.household(2, "XXHY", "3", "2", "1502", "DELIVERED", "RESIDENT");
        history.household(3, "XXHY", "3", "10", "101", "DELIVERED", "RESIDENT");
        history.household(4, "XXHY", "2", null, "1", "DELIVERED", "RESIDENT");
        history.household(5, "XXHY", "3", "2", "201", "DELIVERED", "RESIDENT");

        decide();

        assertThat(listed(mapper::eligible)).extracting(EligibleRow::roomKey)
                .containsExactly("2-1", "3-2-201", "3-2-1502", "3-10-101", "10-1");
    }

    @Test
    void roomsThatReadAsTheSameNumberStillComeInOneOrderByTheirKey() {
        history.household(1, "XXHY", "1", null, "801", "DELIVERED", "RESIDENT");
        history.household(2, "XXHY", "1", null, "0801", "DELIVERED", "RESIDENT");
        history.household(3, "XXHY", "1", null, "800", "DELIVERED", "RESIDENT");

        decide();

        assertThat(listed(mapper::eligible)).extracting(EligibleRow::roomKey)
                .containsExactly("1-800", "1-0801", "1-801");
    }

    @Test
    void anEligibleRowCarriesTheHouseholdsContactAndClass() {
        history.household(1, "DELIVERED", "RESIDENT");
        history.mark(1, "GOOD", AS_OF);
        history.household(2, "NOT_DELIVERED", "RESIDENT");

        decide();

        assertThat(listed(mapper::eligible)).containsExactly(
                new EligibleRow("XXHY", "星河湾", "1-1", "A区", "业主1", "13800000000", "GOOD"));
    }

    @Test
    void anExcludedRowShowsTheMarkOrTheChangeOrTheFirstListingItWasDecidedOn() {
        history.household(1, "DELIVERED", "RESIDENT");
        history.mark(1, "BLACK", AS_OF.minusDays(2));
        history.household(2, "NOT_DELIVERED", "RESIDENT");
        history.statusChange(2, "HANDOVER", "DELIVERED", "NOT_DELIVERED", AS_OF.minusDays(5), "import");
        history.household(3, "DELIVERED", "VACANT");
        history.household(4, "DELIVERED", "RESIDENT");

        decide();

        assertThat(listed(mapper::excluded)).containsExactly(
                new FrameRow("XXHY", "星河湾", "1-1", "A区", "业主1", "13800000000", FrameOutcome.BLACK, null,
                        "DELIVERED", "RESIDENT", "BLACK", AS_OF.minusDays(2), "crm-1127.xlsx", "标记", 4,
                        null, null, null, AS_OF.minusDays(26), "erp-1101.xlsx", 2),
                new FrameRow("XXHY", "星河湾", "1-2", "A区", "业主2", "13800000000", FrameOutcome.NOT_DELIVERED, null,
                        "NOT_DELIVERED", "RESIDENT", "NORMAL", null, null, null, null,
                        AS_OF.minusDays(5), "erp-1101.xlsx", 7, AS_OF.minusDays(26), "erp-1101.xlsx", 3),
                new FrameRow("XXHY", "星河湾", "1-3", "A区", "业主3", "13800000000", FrameOutcome.NOT_OCCUPIED, null,
                        "DELIVERED", "VACANT", "NORMAL", null, null, null, null,
                        null, null, null, AS_OF.minusDays(26), "erp-1101.xlsx", 4));
    }

    @Test
    void theDiffListsWhoEnteredOrLeftWithLastMonthsOutcome() {
        history.household(1, "DELIVERED", "RESIDENT");
        history.household(2, "DELIVERED", "VACANT");
        history.household(3, "DELIVERED", "RESIDENT");
        history.household(4, "DELIVERED", "RESIDENT");
        history.framed("2026-11", 1, "XXHY", "BLACK");
        history.framed("2026-11", 2, "XXHY", "ELIGIBLE");
        history.framed("2026-11", 3, "XXHY", "ELIGIBLE");

        decide();
        FrameQuery compared = query(List.of()).comparedWith(List.of("XXHY"));

        List<FrameRow> diff = new ArrayList<>();
        mapper.diff(compared, row -> diff.add(row.getResultObject()));
        assertThat(diff).extracting(FrameRow::roomKey, FrameRow::previousOutcome, FrameRow::outcome).containsExactly(
                tuple("1-1", FrameOutcome.BLACK, FrameOutcome.ELIGIBLE),
                tuple("1-2", FrameOutcome.ELIGIBLE, FrameOutcome.NOT_OCCUPIED),
                tuple("1-4", null, FrameOutcome.ELIGIBLE));
    }

    @Test
    void changesAreThisRunsClassAndStatusChangesByRoomThenDay() {
        history.household(1, "XXHY", "10", null, "1", "DELIVERED", "RESIDENT");
        history.household(2, "XXHY", "2", null, "1", "DELIVERED", "RESIDENT");
        history.classChange(1, "NORMAL", "BLACK", AS_OF, RUN);
        history.statusChange(1, "OCCUPANCY", "VACANT", "RESIDENT", AS_OF.minusDays(1), RUN);
        history.statusChange(2, "HANDOVER", "NOT_DELIVERED", "DELIVERED", AS_OF, RUN);
        history.classChange(2, "NORMAL", "GOOD", AS_OF, "an earlier run");

        assertThat(listed(mapper::changes)).containsExactly(
                new ChangeRow("XXHY", "2-1", "HANDOVER", "NOT_DELIVERED", "DELIVERED", AS_OF, "erp-1101.xlsx", 7),
                new ChangeRow("XXHY", "10-1", "OCCUPANCY", "VACANT", "RESIDENT", AS_OF.minusDays(1),
                        "erp-1101.xlsx", 7),
                new ChangeRow("XXHY", "10-1", "CLASS", "NORMAL", "BLACK", AS_OF, "crm-1127.xlsx", 4));
    }

    @Test
    void missingFromRosterNamesTheLastRosterThatListedTheHouseholdAndTheLatest() {
        history.file(3, "ERP", "erp-1001.xlsx", "APPLIED", AS_OF.minusMonths(2));
        history.household(1, "DELIVERED", "RESIDENT");
        history.household(2, "DELIVERED", "RESIDENT");
        history.leftOffLatestRoster(2, 3);

        decide();

        assertThat(listed(mapper::missingFromRoster)).containsExactly(new MissingRow("XXHY", "星河湾", "1-2", "A区",
                "业主2", "13800000000", "erp-1001.xlsx", AS_OF.minusMonths(2), "erp-1101.xlsx", FrameOutcome.ELIGIBLE));
    }

    @Test
    void repeatedClassChangesAreThoseOfHouseholdsChangedTwiceFromTheMonthsFirstDayToAsOf() {
        history.household(1, "DELIVERED", "RESIDENT");
        history.classChange(1, "NORMAL", "BLACK", AS_OF.withDayOfMonth(1), RUN);
        history.classChange(1, "BLACK", "GOOD", AS_OF, RUN);
        history.household(2, "DELIVERED", "RESIDENT");
        history.classChange(2, "NORMAL", "BLACK", AS_OF.withDayOfMonth(1).minusDays(1), RUN);
        history.classChange(2, "BLACK", "GOOD", AS_OF, RUN);
        history.household(3, "DELIVERED", "RESIDENT");
        history.classChange(3, "NORMAL", "BLACK", AS_OF, RUN);
        history.classChange(3, "BLACK", "GOOD", AS_OF.plusDays(1), RUN);

        assertThat(listed(mapper::repeatedClassChanges)).containsExactly(
                new ClassChangeRow("XXHY", "1-1", "NORMAL", "BLACK", AS_OF.withDayOfMonth(1), "crm-1127.xlsx", 4),
                new ClassChangeRow("XXHY", "1-1", "BLACK", "GOOD", AS_OF, "crm-1127.xlsx", 4));
    }

    @Test
    void unknownCrmRowsAreTheCrmFilesUnknownHouseholdOrProjectIssuesOfAppliedFiles() {
        history.file(3, "CRM", "crm-over.xlsx", "OVER_RATE", AS_OF);
        history.issue(2, "unknown household 9-9-9");
        history.issue(ROSTER, "unknown household 9-9-9");
        history.issue(2, "bad class");
        history.issue(3, "unknown project HTY");
        history.issue(2, "unknown project HTY");

        assertThat(listed(mapper::unknownCrmHouseholds)).extracting(DataIssueRow::fileName, DataIssueRow::reason)
                .containsExactly(tuple("f2.xlsx", "unknown household 9-9-9"),
                        tuple("f2.xlsx", "unknown project HTY"));
        assertThat(listed(mapper::dataIssues)).extracting(DataIssueRow::reason).containsExactly(
                "unknown household 9-9-9", "unknown household 9-9-9", "bad class", "unknown project HTY");
    }

    private void decide() {
        FrameQuery query = query(List.of());
        frames.insertFrame(query);
        frames.attachStatusEvidence(query);
    }

    private static <T> List<T> listed(BiConsumer<FrameQuery, ResultHandler<T>> listing) {
        List<T> rows = new ArrayList<>();
        listing.accept(query(List.of()), row -> rows.add(row.getResultObject()));
        return rows;
    }
}
