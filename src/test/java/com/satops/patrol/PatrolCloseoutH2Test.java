package com.satops.patrol;

import com.satops.support.H2Database;

@H2Database
class PatrolCloseoutH2Test extends PatrolCloseoutScenario {
}
