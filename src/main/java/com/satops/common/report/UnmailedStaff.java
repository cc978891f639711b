package com.satops.common.report;

import com.satops.common.domain.StaffRole;

/** A person a job would have mailed but who has no email address on the staff roster. */
public record UnmailedStaff(String staffNo, String staffName, StaffRole role, String projectCode) {
}
