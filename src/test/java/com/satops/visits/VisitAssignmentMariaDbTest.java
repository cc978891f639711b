package com.satops.visits;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class VisitAssignmentMariaDbTest extends VisitAssignmentScenario {
}
