package com.satops.patrol;

import com.satops.common.domain.PatrolCategory;
import com.satops.common.domain.PatrolStatus;
import com.satops.common.domain.PatrolType;
import java.time.LocalDate;

/** A patrol issue as the listings show it; {@code ownerName} is set when 责任人 is a known 工号. */
public record PatrolIssueRow(String issueNo, String projectCode, PatrolType patrolType, LocalDate foundOn,
                             String zone, String location, PatrolCategory category, String description,
                             String department, String ownerStaffNo, String ownerName, PatrolStatus status,
                             LocalDate closedOn, LocalDate recheckedOn) {

    public boolean isClosed() {
        return status == PatrolStatus.CLOSED;
    }

    /** The owner as a reader knows them: the staff name when the 工号 is known, else what the file said. */
    public String owner() {
        return ownerName != null ? ownerName : ownerStaffNo;
    }
}
