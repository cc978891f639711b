package com.satops.service.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** At most {@code limit} sends in any minute: when the next one may go. */
public class SendWindow {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final int limit;
    private final Deque<Instant> sent = new ArrayDeque<>();

    public SendWindow(int limit) {
        this.limit = Math.max(1, limit);
    }

    /** The earliest moment from {@code now} at which one more message stays within the limit. */
    public synchronized Instant nextSlot(Instant now) {
        while (!sent.isEmpty() && !sent.peekFirst().plus(MINUTE).isAfter(now)) {
            sent.pollFirst();
        }
        return sent.size() < limit ? now : sent.peekFirst().plus(MINUTE);
    }

    public synchronized void sentAt(Instant when) {
        sent.addLast(when);
    }
}
