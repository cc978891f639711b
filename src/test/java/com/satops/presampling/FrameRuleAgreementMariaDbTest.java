package com.satops.presampling;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class FrameRuleAgreementMariaDbTest extends FrameRuleAgreement {
}
