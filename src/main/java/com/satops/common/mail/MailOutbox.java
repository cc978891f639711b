package com.satops.common.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import org.springframework.stereotype.Component;

/**
 * Queues mails in the job's own transaction: committed with its data, or not at all.
 * A mail of a period not over yet is held instead: kept in the outbox as HELD under a
 * key of its own run, never delivered, so it neither reaches anyone nor spends the
 * key the real run after the period queues under.
 */
@Component
public class MailOutbox {

    static final String HELD_KEY_PREFIX = "held|";

    private final MailOutboxMapper mapper;
    private final Clock clock;

    public MailOutbox(MailOutboxMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Returns true when the mail was new, false when the same mail was queued before. */
    public boolean queue(OutgoingMail mail) {
        // Due from the application's clock, the one delivery compares with, not the database's.
        return mapper.queue(mail, mail.mailKey(), MailStatus.QUEUED.name(), LocalDateTime.now(clock)) > 0;
    }

    /** Queues the mail when its period has ended, else holds it; returns true when it was queued. */
    public boolean queueOrHold(OutgoingMail mail, boolean periodEnded) {
        if (periodEnded) {
            return queue(mail);
        }
        mapper.queue(mail, HELD_KEY_PREFIX + mail.executionId() + "|" + mail.mailKey(), MailStatus.HELD.name(),
                LocalDateTime.now(clock));
        return false;
    }
}
