package com.satops.presampling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The run summary figures of presampling-cleanup (FORMATS §3), summed over the
 * projects in scope. Every household has exactly one outcome, so eligible and
 * the exclusions add up to the households; a frame that does not is refused.
 */
public record FrameFigures(long households, long eligible, long notDelivered, long notOccupied, long black,
                           long classChanges, long statusChanges) {

    public static FrameFigures of(List<ProjectSummary> projects) {
        long households = 0;
        long eligible = 0;
        long notDelivered = 0;
        long notOccupied = 0;
        long black = 0;
        long classChanges = 0;
        long statusChanges = 0;
        for (ProjectSummary project : projects) {
            households += project.households();
            eligible += project.eligible();
            notDelivered += project.notDelivered();
            notOccupied += project.notOccupied();
            black += project.black();
            classChanges += project.classChanges();
            statusChanges += project.statusChanges();
        }
        FrameFigures figures = new FrameFigures(households, eligible, notDelivered, notOccupied, black,
                classChanges, statusChanges);
        long decided = eligible + notDelivered + notOccupied + black;
        if (decided != households) {
            throw new IllegalStateException("the frame decided " + decided + " of " + households
                    + " households; every household must have exactly one outcome");
        }
        return figures;
    }

    public long count(FrameOutcome outcome) {
        return switch (outcome) {
            case NOT_DELIVERED -> notDelivered;
            case NOT_OCCUPIED -> notOccupied;
            case BLACK -> black;
            case ELIGIBLE -> eligible;
        };
    }

    /** The figures under their contract names, in the contract's order, as Long counts. */
    public Map<String, Object> asMap() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("households", households);
        figures.put(FrameOutcome.ELIGIBLE.figure(), eligible);
        for (FrameOutcome outcome : List.of(FrameOutcome.NOT_DELIVERED, FrameOutcome.NOT_OCCUPIED, FrameOutcome.BLACK)) {
            figures.put(outcome.figure(), count(outcome));
        }
        figures.put("classChanges", classChanges);
        figures.put("statusChanges", statusChanges);
        return figures;
    }
}
