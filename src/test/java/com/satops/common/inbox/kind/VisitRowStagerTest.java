package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.StagerAsserts.badRow;
import static com.satops.common.inbox.kind.StagerAsserts.notedCell;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.VisitMethod;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.InboxRows;
import com.satops.common.inbox.StagedRow;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VisitRowStagerTest {

    private final VisitRowStager stager = new VisitRowStager(InboxRows.checks());

    private StagedRow stage(String... overrides) {
        String[] row = {"assignment_id", "V202611-XXHY-0001", "project_code", "XXHY", "room", "3-2-1502",
                "visited_on", "2026-11-05", "method", "上门", "owner_score", "4", "request", "修路灯"};
        return stager.stage(InboxRows.changed(InboxKind.VISITS, row, overrides), InboxRows.RUN);
    }

    @Test
    void stagesAVisitOfAnIssuedAssignment() {
        VisitRowStager.Staged staged = (VisitRowStager.Staged) stage().record();

        assertThat(staged.visitedOn()).isEqualTo(LocalDate.of(2026, 11, 5));
        assertThat(staged.method()).isEqualTo(VisitMethod.IN_PERSON);
        assertThat(staged.ownerScore()).isEqualTo(4);
    }

    @Test
    void anAssignmentNotYetCarriedOutIsStagedWithoutIssue() {
        StagedRow row = stage("visited_on", "", "method", "", "owner_score", "");

        assertThat(row.record()).isNotNull();
        assertThat(row.issues()).isEmpty();
    }

    @Test
    void aVisitOutsideTheListNeedsProjectAndRoom() {
        assertThat(stage("assignment_id", "").record()).isNotNull();
        badRow(stage("assignment_id", "", "project_code", ""), "项目编码", "inbox.row.visitNeedsRoom");
        badRow(stage("assignment_id", "", "room", ""), "房号", "inbox.row.visitNeedsRoom");
        badRow(stage("assignment_id", "", "room", "门口"), "房号", "inbox.value.notRoomKey");
    }

    @Test
    void aVisitDateMustBeReadableAndNotAfterTheAsOfDate() {
        badRow(stage("visited_on", "2026-02-30"), "拜访日期", "inbox.value.dateDoesNotExist");
        badRow(stage("visited_on", "46300"), "拜访日期", "inbox.value.notDate");
        badRow(stage("visited_on", "2026-11-21"), "拜访日期", "inbox.row.visitAfterAsOf");
    }

    @Test
    void badOptionalCellsAreTakenAsEmpty() {
        notedCell(stage("owner_score", "9"), "业主评分", "inbox.value.integerOutOfRange");
        notedCell(stage("method", "微信"), "拜访方式", "inbox.value.unknownLabel");
    }

    @Test
    void aRequestLongerThanItsColumnIsABadValueOfTheRow() {
        badRow(stage("request", "修".repeat(4001)), "业主诉求", "inbox.value.tooLong");
    }
}
