package com.satops.visits;

import java.util.List;

/** A project's decided month: the assignments, the project's figures and its zones. */
public record ProjectAllocation(ProjectTally tally, List<ZoneTally> zones, List<Assignment> assignments) {

    public String projectCode() {
        return tally.projectCode();
    }
}
