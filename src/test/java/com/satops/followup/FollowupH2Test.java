package com.satops.followup;

import com.satops.support.H2Database;

@H2Database
class FollowupH2Test extends FollowupScenario {
}
