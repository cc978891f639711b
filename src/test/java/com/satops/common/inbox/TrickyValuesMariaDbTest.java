package com.satops.common.inbox;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class TrickyValuesMariaDbTest extends TrickyValuesScenario {
}
