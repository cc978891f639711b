package com.satops.common.inbox;

import com.satops.support.H2Database;

@H2Database
class RepeatedKeysScaleH2Test extends RepeatedKeysScaleScenario {
}
