package com.satops.common.inbox.kind;

import com.satops.common.domain.Labels;
import com.satops.common.domain.VisitMethod;
import com.satops.common.inbox.ImportRun;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.IssueReason;
import com.satops.common.inbox.RowCheck;
import com.satops.common.inbox.RowChecks;
import com.satops.common.inbox.RowStager;
import com.satops.common.inbox.SourceRow;
import com.satops.common.inbox.StagedRow;
import com.satops.common.text.DateValues;
import com.satops.common.text.RoomKey;
import com.satops.common.text.RoomKeyParser;
import com.satops.common.text.ScoreValues;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * A visit row is staged even without 拜访日期 (an assignment not yet carried
 * out): it counts as read, and the merge records nothing for it.
 */
@Component
public class VisitRowStager implements RowStager {

    public record Staged(long fileId, String sheet, int rowNo, String assignmentId, String projectCode,
                         String roomKey, LocalDate visitedOn, VisitMethod method, Integer ownerScore,
                         String request) {
    }

    private final RowChecks checks;

    public VisitRowStager(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.VISITS;
    }

    @Override
    public StagedRow stage(SourceRow row, ImportRun run) {
        RowCheck check = checks.of(row, run);
        String assignmentId = check.optional("assignment_id");
        String project = check.optional("project_code");
        String roomText = check.optional("room");
        LocalDate visitedOn = check.optional("visited_on") == null ? null
                : check.parse("visited_on", check.optional("visited_on"), DateValues::parse, true);
        RoomKey room = null;
        if (roomText != null) {
            room = check.parse("room", roomText, RoomKeyParser::parse, assignmentId == null && visitedOn != null);
        }
        if (visitedOn != null && assignmentId == null && (project == null || room == null) && !check.isBad()) {
            check.reject(project == null ? "project_code" : "room", "", IssueReason.of("inbox.row.visitNeedsRoom"));
        }
        if (visitedOn != null && visitedOn.isAfter(run.asOf())) {
            check.reject("visited_on", visitedOn.toString(), IssueReason.of("inbox.row.visitAfterAsOf", run.asOf()));
        }
        VisitMethod method = check.optional("method", v -> Labels.parse(VisitMethod.class, v));
        Integer ownerScore = check.optional("owner_score", ScoreValues::parse);
        if (check.isBad()) {
            return check.result(null);
        }
        return check.result(new Staged(check.fileId(), check.sheet(), check.rowNo(), assignmentId, project,
                room == null ? null : room.canonical(), visitedOn, method, ownerScore, check.optional("request")));
    }
}
