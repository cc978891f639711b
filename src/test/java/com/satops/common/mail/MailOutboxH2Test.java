package com.satops.common.mail;

import com.satops.support.H2Database;

@H2Database
class MailOutboxH2Test extends MailOutboxScenario {
}
