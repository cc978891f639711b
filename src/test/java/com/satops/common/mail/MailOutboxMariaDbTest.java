package com.satops.common.mail;

import com.satops.support.MariaDbDatabase;

@MariaDbDatabase
class MailOutboxMariaDbTest extends MailOutboxScenario {
}
