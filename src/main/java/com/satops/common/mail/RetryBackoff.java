package com.satops.common.mail;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * When a mail that could not be delivered is tried again: the first wait is the
 * configured backoff, each later one twice the one before (at most a day), and
 * after the configured number of attempts it is given up.
 */
public final class RetryBackoff {

    static final Duration LONGEST_WAIT = Duration.ofDays(1);

    private final Duration firstWait;
    private final int maxAttempts;

    public RetryBackoff(Duration firstWait, int maxAttempts) {
        if (firstWait == null || firstWait.isNegative()) {
            throw new IllegalArgumentException("satops.mail.retry-backoff must be zero or more");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("satops.mail.max-attempts must be at least 1");
        }
        this.firstWait = firstWait;
        this.maxAttempts = maxAttempts;
    }

    /**
     * The next try after the {@code failedAttempts}-th failure (1 for the first), or empty when
     * that was the last attempt allowed.
     */
    public Optional<LocalDateTime> nextAttempt(int failedAttempts, LocalDateTime failedAt) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(waitAfter(failedAttempts)));
    }

    Duration waitAfter(int failedAttempts) {
        int doublings = Math.min(Math.max(failedAttempts - 1, 0), 30);
        Duration wait = firstWait;
        for (int i = 0; i < doublings && wait.compareTo(LONGEST_WAIT) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
