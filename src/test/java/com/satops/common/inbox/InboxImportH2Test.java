package com.satops.common.inbox;

import com.satops.support.H2Database;

@H2Database
class InboxImportH2Test extends InboxImportScenario {
}
