package com.satops.followup;

import java.time.Duration;

/**
 * How one promise of one order turned out: kept, missed because no time was
 * recorded, or missed by {@code late} (to the second).
 */
public record PromiseOutcome(ServicePromise promise, boolean kept, boolean recorded, Duration late) {

    public boolean missed() {
        return !kept;
    }
}
