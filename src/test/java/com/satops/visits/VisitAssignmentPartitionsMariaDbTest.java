package com.satops.visits;

import com.satops.support.PartitionedRuns.Database;

class VisitAssignmentPartitionsMariaDbTest extends VisitAssignmentPartitionsScenario {

    @Override
    Database database() {
        return Database.MARIADB;
    }
}
