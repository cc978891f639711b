package com.satops.patrol;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class PatrolCloseoutMariaDbTest extends PatrolCloseoutScenario {
}
