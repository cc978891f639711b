package com.satops.common.inbox.kind;

import com.satops.common.domain.Labels;
import com.satops.common.domain.PatrolCategory;
import com.satops.common.domain.PatrolStatus;
import com.satops.common.domain.PatrolType;
import com.satops.common.inbox.ImportRun;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.IssueReason;
import com.satops.common.inbox.RowCheck;
import com.satops.common.inbox.RowChecks;
import com.satops.common.inbox.RowStager;
import com.satops.common.inbox.SourceRow;
import com.satops.common.inbox.StagedRow;
import com.satops.common.text.DateValues;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

@Component
public class PatrolRowStager implements RowStager {

    public record Staged(long fileId, String sheet, int rowNo, String issueNo, String projectCode,
                         PatrolType patrolType, LocalDate foundOn, String zone, String location,
                         PatrolCategory category, String description, String department, String ownerStaffNo,
                         PatrolStatus status, LocalDate closedOn, LocalDate recheckedOn) {
    }

    private final RowChecks checks;

    public PatrolRowStager(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.PATROL;
    }

    @Override
    public StagedRow stage(SourceRow row, ImportRun run) {
        RowCheck check = checks.of(row, run);
        String issueNo = check.required("issue_no");
        String project = check.required("project_code");
        PatrolType type = check.required("patrol_type", v -> Labels.parse(PatrolType.class, v));
        LocalDate foundOn = check.required("found_on", DateValues::parse);
        String description = check.required("description");
        PatrolStatus status = check.required("status", v -> Labels.parse(PatrolStatus.class, v));
        PatrolCategory category = check.optional("category", v -> Labels.parse(PatrolCategory.class, v));
        LocalDate closedOn = check.optional("closed_on") == null ? null
                : check.parse("closed_on", check.optional("closed_on"), DateValues::parse, status == PatrolStatus.CLOSED);
        if (status == PatrolStatus.CLOSED && check.optional("closed_on") == null) {
            check.reject("closed_on", "", IssueReason.of("inbox.row.closedNeedsDate"));
        }
        LocalDate recheckedOn = check.optional("rechecked_on", DateValues::parse);
        if (foundOn != null && foundOn.isAfter(run.asOf())) {
            check.reject("found_on", foundOn.toString(), IssueReason.of("inbox.row.foundAfterAsOf", run.asOf()));
        }
        if (foundOn != null && closedOn != null && closedOn.isBefore(foundOn)) {
            check.reject("closed_on", closedOn.toString(), IssueReason.of("inbox.row.closedBeforeFound", foundOn));
        }
        if (check.isBad()) {
            return check.result(null);
        }
        return check.result(new Staged(check.fileId(), check.sheet(), check.rowNo(), issueNo, project, type, foundOn,
                check.optional("zone"), check.optional("location"), category, description,
                check.optional("department"), check.optional("owner_staff_no"), status,
                status == PatrolStatus.CLOSED ? closedOn : null, recheckedOn));
    }
}
