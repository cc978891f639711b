package com.satops.presampling;

import com.satops.support.H2Database;

@H2Database
class PresamplingH2Test extends PresamplingScenario {
}
