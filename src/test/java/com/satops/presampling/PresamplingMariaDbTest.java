package com.satops.presampling;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class PresamplingMariaDbTest extends PresamplingScenario {
}
