package com.satops.common.mail;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mails again, deliberately (FORMATS §4 {@code mail resend}): a job's mails of
 * a period, to all their recipients or one, or one outbox row. Each call queues
 * its copies once under keys of its own, so the original keys stay spent (a
 * repeated run still mails nobody twice) while every call does mail again; the
 * copies are delivered like any other mail. Held mails are never copied by period:
 * they were not sent because their period was not over.
 */
@Component
public class MailResender {

    /** The run key of every resent copy: a resend adds to no run's count of mails. */
    public static final String RUN_KEY = "mail resend";

    private final MailOutboxMapper mapper;
    private final Clock clock;

    public MailResender(MailOutboxMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Queues again the latest mail of {@code job} for {@code period} to each recipient and
     * report, or only those to {@code recipient} (any case) when it is not null; returns how many.
     */
    @Transactional
    public int resend(String job, String period, String recipient) {
        String to = recipient == null || recipient.isBlank() ? null : recipient.strip();
        return mapper.requeuePeriod(job, period, to, keyPrefix(), RUN_KEY, LocalDateTime.now(clock));
    }

    /** Queues outbox row {@code mailId} again, whatever its status; returns 1, or 0 when there is no such row. */
    @Transactional
    public int resend(long mailId) {
        return mapper.requeueOne(mailId, keyPrefix(), RUN_KEY, LocalDateTime.now(clock));
    }

    private static String keyPrefix() {
        return "resend|" + UUID.randomUUID() + "|";
    }
}
