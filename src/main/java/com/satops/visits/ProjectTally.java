package com.satops.visits;

/**
 * A project's figures for the month (FORMATS §3 visit-assignment), plus what the
 * shortfall forecast was made from: the quarter's later months and the monthly
 * quota of the project's managers and department heads.
 */
public record ProjectTally(String projectCode, long households, long quarterCovered, long candidates,
                           long assigned, long assignedSteward, long assignedDeptHead,
                           long assignedProjectManager, long quarterRemaining, int laterMonths,
                           long managerQuota, long shortfall) {
}
