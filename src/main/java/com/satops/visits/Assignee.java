package com.satops.visits;

import com.satops.common.domain.StaffRole;

/**
 * An active staff member who takes visits this month.
 *
 * @param zone  the steward's zone; null for managers (and for a steward the roster gives none)
 * @param quota visits this month: the roster's 月拜访指标, else the role's default
 */
public record Assignee(String staffNo, String name, StaffRole role, String zone, String email, int quota) {

    /** The assignee a roster row makes, or null when the person is not active. */
    public static Assignee fromRoster(StaffRow row) {
        if (!row.active()) {
            return null;
        }
        int quota = row.monthlyQuota() == null ? row.role().defaultMonthlyQuota() : Math.max(0, row.monthlyQuota());
        String zone = row.zone() == null || row.zone().isBlank() ? null : row.zone();
        return new Assignee(row.staffNo(), row.staffName(), row.role(), zone, row.email(), quota);
    }
}
