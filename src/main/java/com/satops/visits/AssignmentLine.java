package com.satops.visits;

import com.satops.common.domain.CustomerClass;
import java.time.LocalDate;

/** One row of a person's visit list ({@code staffNo}'s): the assignment, the household and why it was chosen. */
public record AssignmentLine(String assignmentId, String projectCode, String roomKey, String building, String unit,
                             String room, String zone, String ownerName, String phone,
                             CustomerClass customerClass, Integer lastScore, LocalDate lastVisit,
                             VisitPriority priority, int rank, String staffNo) {
}
