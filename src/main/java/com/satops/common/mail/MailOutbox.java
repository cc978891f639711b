package com.satops.common.mail;

import org.springframework.stereotype.Component;

/** Queues mails in the job's own transaction: committed with its data, or not at all. */
@Component
public class MailOutbox {

    private final MailOutboxMapper mapper;

    public MailOutbox(MailOutboxMapper mapper) {
        this.mapper = mapper;
    }

    /** Returns true when the mail was new, false when the same mail was queued before. */
    public boolean queue(OutgoingMail mail) {
        return mapper.queue(mail, mail.mailKey()) > 0;
    }
}
