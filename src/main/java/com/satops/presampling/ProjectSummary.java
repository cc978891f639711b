package com.satops.presampling;

/** One project's line of the summary sheet, as the database counts it. */
public record ProjectSummary(String projectCode, String projectName, long households, long eligible,
                             long notDelivered, long notOccupied, long black, long classChanges,
                             long statusChanges, long missingFromRoster) {
}
