package com.satops.support;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;

/**
 * Waits for what another thread or process does by asking again until the
 * answer is the awaited one, failing once the deadline has passed: no test
 * waits a fixed time, and none spins the processor while it asks.
 */
public final class Poll {

    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private Poll() {
    }

    /** Asks until {@code done} holds of the answer, and returns that answer. */
    public static <T> T until(Duration within, String what, Callable<T> ask, Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            T answer = ask.call();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": not within " + within + "; last seen: " + answer);
            }
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    /** Asks until the answer is true. */
    public static void until(Duration within, String what, Callable<Boolean> holds) throws Exception {
        until(within, what, holds, Boolean.TRUE::equals);
    }
}
