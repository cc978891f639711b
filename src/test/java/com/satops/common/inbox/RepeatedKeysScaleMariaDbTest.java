package com.satops.common.inbox;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class RepeatedKeysScaleMariaDbTest extends RepeatedKeysScaleScenario {

    @Override
    int megabytes() {
        return 200;
    }

    @Override
    String database() {
        return "MariaDB";
    }
}
