package com.satops.common.inbox.kind;

import com.satops.common.domain.Labels;
import com.satops.common.domain.ReturnVisitRating;
import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import com.satops.common.inbox.ImportRun;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.IssueReason;
import com.satops.common.inbox.RowCheck;
import com.satops.common.inbox.RowChecks;
import com.satops.common.inbox.RowStager;
import com.satops.common.inbox.SourceRow;
import com.satops.common.inbox.StagedRow;
import com.satops.common.text.DateTimeValues;
import com.satops.common.text.RoomKey;
import com.satops.common.text.RoomKeyParser;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * A work order row (FORMATS §2 workorders). A time before 创建时间, a 跟进时间 before
 * 回访时间 and a 回访评价 without 回访时间 are bad values, taken as empty; a finished
 * order (已完成/已关闭) without a readable 完成时间 is a bad row.
 */
@Component
public class WorkorderRowStager implements RowStager {

    public record Staged(long fileId, String sheet, int rowNo, String orderNo, String projectCode, String roomKey,
                         WorkOrderType orderType, LocalDateTime createdAt, LocalDateTime respondedAt,
                         LocalDateTime dispatchedAt, LocalDateTime firstFeedbackAt, LocalDateTime completedAt,
                         LocalDateTime returnVisitAt, ReturnVisitRating returnVisitRating,
                         LocalDateTime followedUpAt, String ownerStaffNo, WorkOrderStatus status) {
    }

    private final RowChecks checks;

    public WorkorderRowStager(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.WORKORDERS;
    }

    @Override
    public StagedRow stage(SourceRow row, ImportRun run) {
        RowCheck check = checks.of(row, run);
        String orderNo = check.required("order_no");
        String project = check.required("project_code");
        String roomText = check.optional("room");
        RoomKey room = roomText == null ? null : check.parse("room", roomText, RoomKeyParser::parse, true);
        WorkOrderType type = check.required("order_type", v -> Labels.parse(WorkOrderType.class, v));
        LocalDateTime created = check.required("created_at", DateTimeValues::parse);
        WorkOrderStatus status = check.required("status", v -> Labels.parse(WorkOrderStatus.class, v));
        boolean finished = status != null && status.finished();
        LocalDateTime completed = completedAt(check, created, finished, status);
        LocalDateTime responded = afterCreation(check, "responded_at", created);
        LocalDateTime dispatched = afterCreation(check, "dispatched_at", created);
        LocalDateTime feedback = afterCreation(check, "first_feedback_at", created);
        LocalDateTime returnVisit = afterCreation(check, "return_visit_at", created);
        ReturnVisitRating rating = check.optional("return_visit_rating", ReturnVisitRating::parse);
        if (rating != null && returnVisit == null) {
            check.note("return_visit_rating", check.optional("return_visit_rating"),
                    IssueReason.of("inbox.value.ratingWithoutVisit"));
            rating = null;
        }
        LocalDateTime followedUp = afterCreation(check, "followed_up_at", created);
        if (followedUp != null && returnVisit != null && followedUp.isBefore(returnVisit)) {
            check.note("followed_up_at", check.optional("followed_up_at"),
                    IssueReason.of("inbox.value.followUpBeforeVisit", DateTimeValues.format(returnVisit)));
            followedUp = null;
        }
        if (check.isBad()) {
            return check.result(null);
        }
        return check.result(new Staged(check.fileId(), check.sheet(), check.rowNo(), orderNo, project,
                room == null ? null : room.canonical(), type, created, responded, dispatched, feedback, completed,
                returnVisit, rating, followedUp, check.optional("owner_staff_no"), status));
    }

    /** Required of a finished order (the row fails without it), optional otherwise. */
    private static LocalDateTime completedAt(RowCheck check, LocalDateTime created, boolean finished,
                                             WorkOrderStatus status) {
        String text = check.optional("completed_at");
        if (text == null) {
            if (finished) {
                check.reject("completed_at", "", IssueReason.of("inbox.row.finishedNeedsCompletion", status.label()));
            }
            return null;
        }
        LocalDateTime completed = check.parse("completed_at", text, DateTimeValues::parse, finished);
        if (completed != null && created != null && completed.isBefore(created)) {
            IssueReason reason = IssueReason.of("inbox.value.beforeCreation", DateTimeValues.format(created));
            if (finished) {
                check.reject("completed_at", text, reason);
            } else {
                check.note("completed_at", text, reason);
            }
            return null;
        }
        return completed;
    }

    private static LocalDateTime afterCreation(RowCheck check, String key, LocalDateTime created) {
        LocalDateTime at = check.optional(key, DateTimeValues::parse);
        if (at != null && created != null && at.isBefore(created)) {
            check.note(key, check.optional(key), IssueReason.of("inbox.value.beforeCreation",
                    DateTimeValues.format(created)));
            return null;
        }
        return at;
    }
}
