package com.satops.common.inbox;

import com.satops.support.H2Database;

@H2Database
class RepeatedKeysScaleH2Test extends RepeatedKeysScaleScenario {

    @Override
    int largeRows() {
        return 200_000;
    }

    @Override
    boolean databaseInHeap() {
        return true;
    }
}
