package com.satops.common.inbox;

import com.satops.support.H2Database;

@H2Database
class TrickyValuesH2Test extends TrickyValuesScenario {
}
