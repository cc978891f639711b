package com.satops.common.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/** Queues mails in the job's own transaction: committed with its data, or not at all. */
@Component
public class MailOutbox {

    private final MailOutboxMapper mapper;
    private final Clock clock;

    public MailOutbox(MailOutboxMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Returns true when the mail was new, false when the same mail was queued before. */
    public boolean queue(OutgoingMail mail) {
        // Due from the application's clock, the one delivery compares with, not the database's.
        return mapper.queue(mail, mail.mailKey(), LocalDateTime.now(clock)) > 0;
    }
}
