package com.satops.visits;

import com.satops.support.PartitionedRuns.Database;

class VisitAssignmentPartitionsH2Test extends VisitAssignmentPartitionsScenario {

    @Override
    Database database() {
        return Database.H2;
    }
}
