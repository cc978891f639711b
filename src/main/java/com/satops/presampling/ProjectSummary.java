package com.satops.presampling;

/** One project's line of the summary sheet, as the database counts it. */
public record ProjectSummary(String projectCode, String projectName, long households, long eligible,
                             long notDelivered, long notOccupied, long black, long classChanges,
                             long statusChanges, long missingFromRoster) {

    public long count(FrameOutcome outcome) {
        return switch (outcome) {
            case NOT_DELIVERED -> notDelivered;
            case NOT_OCCUPIED -> notOccupied;
            case BLACK -> black;
            case ELIGIBLE -> eligible;
        };
    }
}
