package com.satops.followup;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class FollowupMariaDbTest extends FollowupScenario {
}
