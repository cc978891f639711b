package com.satops.demo;

import com.satops.common.domain.StaffRole;

/**
 * One row of the HR staff list.
 *
 * @param staffNo      工号, e.g. {@code S10023}
 * @param department   部门: 客服部 for stewards, 工程部 or 客服部 for department heads, 项目部 for managers
 * @param project      the project the person works on
 * @param zone         the steward's zone index, -1 for other roles
 * @param email        "" for those without a company mailbox
 * @param monthlyQuota a quota set apart from the role's default, else null
 * @param active       still employed (在职)
 */
record StaffMember(
        String staffNo,
        String name,
        StaffRole role,
        String department,
        ProjectLayout project,
        int zone,
        String mobile,
        String email,
        Integer monthlyQuota,
        boolean active) {

    String zoneName() {
        return zone < 0 ? "" : project.zoneName(zone);
    }
}
