package com.satops.presampling;

import com.satops.support.H2Database;

@H2Database
class FrameRuleAgreementH2Test extends FrameRuleAgreement {
}
