package com.satops.visits;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.StaffRole;
import java.time.LocalDate;

/**
 * One household on one person's list for the month, with the facts it was chosen on.
 *
 * @param rank the household's place on its project's candidate list, 1 first
 */
public record Assignment(String assignmentId, String assignMonth, String projectCode, long householdId,
                         String staffNo, StaffRole role, int rank, VisitPriority priority,
                         CustomerClass customerClass, Integer lastScore, LocalDate lastVisit) {
}
