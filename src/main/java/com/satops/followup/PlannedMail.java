package com.satops.followup;

import java.util.List;

/**
 * One mail of the day to one staff member: their project's figures with its
 * report when they manage a project with counted orders, and the dissatisfied
 * orders they own that nobody followed up. Either part may be absent, never both.
 */
public record PlannedMail(StaffAddress to, ProjectFigures project, List<WorkOrderRow> toFollowUp) {
}
