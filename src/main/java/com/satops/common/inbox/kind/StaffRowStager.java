package com.satops.common.inbox.kind;

import com.satops.common.domain.Labels;
import com.satops.common.domain.StaffRole;
import com.satops.common.inbox.ImportRun;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.IssueReason;
import com.satops.common.inbox.RowCheck;
import com.satops.common.inbox.RowChecks;
import com.satops.common.inbox.RowStager;
import com.satops.common.inbox.SourceRow;
import com.satops.common.inbox.StagedRow;
import com.satops.common.text.BooleanValues;
import com.satops.common.text.IntegerValues;
import com.satops.common.text.ValueException;
import org.springframework.stereotype.Component;

@Component
public class StaffRowStager implements RowStager {

    public record Staged(long fileId, String sheet, int rowNo, String staffNo, String staffName, StaffRole role,
                         String projectCode, String zone, String email, Integer monthlyQuota, boolean active) {
    }

    private final RowChecks checks;

    public StaffRowStager(RowChecks checks) {
        this.checks = checks;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.STAFF;
    }

    @Override
    public StagedRow stage(SourceRow row, ImportRun run) {
        RowCheck check = checks.of(row, run);
        String staffNo = check.required("staff_no");
        String name = check.required("name");
        StaffRole role = check.required("role", v -> Labels.parse(StaffRole.class, v));
        String project = check.required("project_code");
        String zone = check.optional("zone");
        if (role == StaffRole.STEWARD && zone == null) {
            check.reject("zone", "", IssueReason.of("inbox.row.stewardNeedsZone"));
        }
        String email = check.optional("email", StaffRowStager::email);
        Integer quota = check.optional("monthly_quota", StaffRowStager::quota);
        Boolean active = check.optional("active", BooleanValues::parse);
        if (check.isBad()) {
            return check.result(null);
        }
        return check.result(new Staged(check.fileId(), check.sheet(), check.rowNo(), staffNo, name, role, project,
                zone, email, quota, active == null || active));
    }

    private static String email(String value) {
        if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValueException("inbox.value.notEmail", value);
        }
        return value;
    }

    private static Integer quota(String value) {
        int quota = IntegerValues.parse(value);
        if (quota < 0) {
            throw new ValueException("inbox.value.negativeQuota", value);
        }
        return quota;
    }
}
