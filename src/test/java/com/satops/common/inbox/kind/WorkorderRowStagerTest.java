package com.satops.common.inbox.kind;

import static com.satops.common.inbox.kind.StagerAsserts.badRow;
import static com.satops.common.inbox.kind.StagerAsserts.notedCell;
import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.ReturnVisitRating;
import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import com.satops.common.inbox.DataIssue;
import com.satops.common.inbox.DataIssueText;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.InboxRows;
import com.satops.common.inbox.StagedRow;
import java.time.LocalDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The rules of a work order row (FORMATS §2 workorders), one row at a time. */
class WorkorderRowStagerTest {

    private final WorkorderRowStager stager = new WorkorderRowStager(InboxRows.checks());
    private final DataIssueText text = InboxRows.text();

    private StagedRow stage(String... overrides) {
        String[] row = {"order_no", "A1", "project_code", "XXHY", "room", "3-2-1502", "order_type", "报修",
                "created_at", "2026-11-10 09:00", "responded_at", "2026-11-10 09:10",
                "dispatched_at", "2026/11/10 09:20", "first_feedback_at", "2026年11月10日 10:00",
                "completed_at", "2026-11-10 15:00", "return_visit_at", "2026-11-11 10:00",
                "return_visit_rating", "满意", "followed_up_at", "2026-11-12 10:00", "owner_staff_no", "S1",
                "status", "已完成"};
        return stager.stage(InboxRows.changed(InboxKind.WORKORDERS, row, overrides), InboxRows.RUN);
    }

    @Test
    void stagesAFinishedOrderWithEveryTimeInItsOwnForm() {
        StagedRow row = stage();

        assertThat(row.issues()).isEmpty();
        WorkorderRowStager.Staged staged = (WorkorderRowStager.Staged) row.record();
        assertThat(staged.orderType()).isEqualTo(WorkOrderType.REPAIR);
        assertThat(staged.status()).isEqualTo(WorkOrderStatus.COMPLETED);
        assertThat(staged.roomKey()).isEqualTo("3-2-1502");
        assertThat(staged.dispatchedAt()).isEqualTo(LocalDateTime.of(2026, 11, 10, 9, 20));
        assertThat(staged.firstFeedbackAt()).isEqualTo(LocalDateTime.of(2026, 11, 10, 10, 0));
        assertThat(staged.returnVisitRating()).isEqualTo(ReturnVisitRating.SATISFIED);
        assertThat(staged.ownerStaffNo()).isEqualTo("S1");
    }

    @Test
    void anOpenOrderNeedsNoCompletionNorRoom() {
        StagedRow row = stage("status", "处理中", "completed_at", "", "room", "", "return_visit_at", "",
                "return_visit_rating", "", "followed_up_at", "");

        assertThat(row.issues()).isEmpty();
        WorkorderRowStager.Staged staged = (WorkorderRowStager.Staged) row.record();
        assertThat(staged.completedAt()).isNull();
        assertThat(staged.roomKey()).isNull();
    }

    @Test
    void aFinishedOrderWithoutItsCompletionIsABadRowNamingItsStatus() {
        DataIssue completed = badRow(stage("completed_at", ""), "完成时间", "inbox.row.finishedNeedsCompletion");
        DataIssue closed = badRow(stage("status", "已关闭", "completed_at", ""), "完成时间",
                "inbox.row.finishedNeedsCompletion");

        assertThat(completed.reasonText()).isEqualTo("已完成的工单必须填写完成时间");
        assertThat(text.reason(closed, Locale.ENGLISH)).isEqualTo("a 已关闭 order needs 完成时间");
    }

    @Test
    void aFinishedOrderCompletedBeforeItWasCreatedIsABadRow() {
        DataIssue issue = badRow(stage("completed_at", "2026-11-10 08:59"), "完成时间", "inbox.value.beforeCreation");

        assertThat(issue.cellValue()).isEqualTo("2026-11-10 08:59");
        assertThat(issue.reasonText()).isEqualTo("早于创建时间（2026-11-10 09:00:00）");
        assertThat(text.reason(issue, Locale.ENGLISH)).isEqualTo("before 创建时间 (2026-11-10 09:00:00)");
    }

    @Test
    void anUnreadableCompletionOfAFinishedOrderIsABadRow() {
        badRow(stage("completed_at", "下午三点"), "完成时间", "inbox.value.notDateTime");
        badRow(stage("completed_at", "2026-11-10"), "完成时间", "inbox.value.dateWithoutTime");
    }

    @Test
    void anOpenOrderCompletedBeforeItWasCreatedKeepsTheRowWithoutTheTime() {
        StagedRow row = stage("status", "处理中", "completed_at", "2026-11-09 15:00");

        notedCell(row, "完成时间", "inbox.value.beforeCreation");
        assertThat(((WorkorderRowStager.Staged) row.record()).completedAt()).isNull();
    }

    @Test
    void aTimeBeforeCreationIsTakenAsEmpty() {
        for (String[] column : new String[][] {{"responded_at", "响应时间"}, {"dispatched_at", "派单时间"},
                {"first_feedback_at", "首次反馈时间"}}) {
            StagedRow row = stage(column[0], "2026-11-10 08:00");

            notedCell(row, column[1], "inbox.value.beforeCreation");
        }
        StagedRow responded = stage("responded_at", "2026-11-10 08:00");
        assertThat(((WorkorderRowStager.Staged) responded.record()).respondedAt()).isNull();
    }

    @Test
    void aRatingWithoutAReturnVisitIsTakenAsEmpty() {
        StagedRow row = stage("return_visit_at", "", "followed_up_at", "");

        DataIssue issue = notedCell(row, "回访评价", "inbox.value.ratingWithoutVisit");
        assertThat(issue.cellValue()).isEqualTo("满意");
        assertThat(issue.reasonText()).isEqualTo("有回访评价但没有回访时间；按空值处理");
        assertThat(((WorkorderRowStager.Staged) row.record()).returnVisitRating()).isNull();
    }

    @Test
    void aRatingWhoseReturnVisitWasBeforeCreationIsTakenAsEmptyToo() {
        StagedRow row = stage("return_visit_at", "2026-11-10 08:00", "followed_up_at", "");

        assertThat(row.issues()).extracting(i -> i.columnName() + " " + i.reason().key())
                .containsExactly("回访时间 inbox.value.beforeCreation", "回访评价 inbox.value.ratingWithoutVisit");
        assertThat(((WorkorderRowStager.Staged) row.record()).returnVisitRating()).isNull();
    }

    @Test
    void aFollowUpBeforeTheReturnVisitIsTakenAsEmpty() {
        StagedRow row = stage("followed_up_at", "2026-11-11 09:59");

        DataIssue issue = notedCell(row, "跟进时间", "inbox.value.followUpBeforeVisit");
        assertThat(text.reason(issue, Locale.ENGLISH))
                .isEqualTo("跟进时间 before 回访时间 (2026-11-11 10:00:00); taken as empty");
        assertThat(((WorkorderRowStager.Staged) row.record()).followedUpAt()).isNull();
        // at the very moment of the visit it stands
        assertThat(stage("followed_up_at", "2026-11-11 10:00").issues()).isEmpty();
    }

    @Test
    void requiredCellsMustBeThereAndReadable() {
        badRow(stage("order_no", ""), "工单编号", "inbox.row.requiredMissing");
        badRow(stage("order_type", "表扬"), "工单类型", "inbox.value.unknownLabel");
        badRow(stage("status", ""), "状态", "inbox.row.requiredMissing");
        badRow(stage("created_at", "2026-02-30 09:00"), "创建时间", "inbox.value.dateDoesNotExist");
        badRow(stage("room", "门口"), "房号", "inbox.value.notRoomKey");
    }
}
