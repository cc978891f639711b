package com.satops.visits;

import com.satops.common.domain.StaffRole;

/** A staff roster row of one project, as the staff table holds it. */
public record StaffRow(String staffNo, String staffName, StaffRole role, String zone, String email,
                       Integer monthlyQuota, boolean active) {
}
