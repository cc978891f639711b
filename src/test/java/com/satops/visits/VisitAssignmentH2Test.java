package com.satops.visits;

import com.satops.support.H2Database;

@H2Database
class VisitAssignmentH2Test extends VisitAssignmentScenario {
}
