package com.satops.satisfaction;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class SatisfactionSummaryMariaDbTest extends SatisfactionSummaryScenario {
}
