package com.satops.followup;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Judges the 15-30-60 promise to the second, inclusive: exactly 15 min 00 s after
 * 创建时间 is on time, 15 min 01 s late; a missing time is a miss.
 */
public final class PromiseCheck {

    private PromiseCheck() {
    }

    public static PromiseOutcome judge(ServicePromise promise, LocalDateTime createdAt, LocalDateTime at) {
        if (at == null) {
            return new PromiseOutcome(promise, false, false, null);
        }
        Duration taken = Duration.between(createdAt, at);
        Duration late = taken.minus(promise.allowed());
        return !late.isNegative() && !late.isZero()
                ? new PromiseOutcome(promise, false, true, late)
                : new PromiseOutcome(promise, true, true, Duration.ZERO);
    }
}
