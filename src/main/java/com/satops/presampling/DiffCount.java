package com.satops.presampling;

/**
 * How many households of a project moved between last month's outcome and this
 * month's across the eligible line. {@code previousOutcome} is null for a
 * household last month's frame did not have (listed since).
 */
public record DiffCount(String projectCode, FrameOutcome previousOutcome, FrameOutcome outcome, long households) {

    public boolean entered() {
        return outcome == FrameOutcome.ELIGIBLE;
    }
}
