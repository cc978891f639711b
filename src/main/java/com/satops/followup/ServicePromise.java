package com.satops.followup;

import java.time.Duration;

/**
 * The 15-30-60 promise of the service process: respond within 15 minutes of
 * 创建时间, arrange (dispatch) within 30, give the first feedback within 60.
 */
public enum ServicePromise {

    RESPOND(Duration.ofMinutes(15)),
    DISPATCH(Duration.ofMinutes(30)),
    FEEDBACK(Duration.ofMinutes(60));

    private final Duration allowed;

    ServicePromise(Duration allowed) {
        this.allowed = allowed;
    }

    public Duration allowed() {
        return allowed;
    }

    /** The allowance in seconds, as the figure statements compare it. */
    public long allowedSeconds() {
        return allowed.toSeconds();
    }
}
