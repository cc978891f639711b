package com.satops.common.inbox;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class RepeatedKeysScaleMariaDbTest extends RepeatedKeysScaleScenario {

    @Override
    int largeRows() {
        return 100_000;
    }

    @Override
    boolean databaseInHeap() {
        return false;
    }
}
