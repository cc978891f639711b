package com.satops.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The application's clock in these tests: set by hand to a moment in the schedules' zone. */
final class SettableClock extends Clock {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private volatile Instant now;
    private final ZoneId zone;

    SettableClock(LocalDateTime start) {
        this(start.atZone(SHANGHAI).toInstant(), SHANGHAI);
    }

    private SettableClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    void set(LocalDateTime shanghaiTime) {
        now = shanghaiTime.atZone(SHANGHAI).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view in another zone that still follows this clock's hand. */
    @Override
    public Clock withZone(ZoneId other) {
        SettableClock parent = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId again) {
                return parent.withZone(again);
            }

            @Override
            public Instant instant() {
                return parent.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
