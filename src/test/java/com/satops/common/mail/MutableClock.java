package com.satops.common.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock a test moves on by hand, to see what happens when a retry falls due. */
final class MutableClock extends Clock {

    private final ZoneId zone = ZoneId.systemDefault();
    private Instant now;

    MutableClock(LocalDateTime start) {
        this.now = start.atZone(zone).toInstant();
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

    LocalDateTime localNow() {
        return LocalDateTime.ofInstant(now, zone);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }
}
