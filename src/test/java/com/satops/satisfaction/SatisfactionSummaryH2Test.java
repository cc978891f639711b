package com.satops.satisfaction;

import com.satops.support.H2Database;

@H2Database
class SatisfactionSummaryH2Test extends SatisfactionSummaryScenario {
}
