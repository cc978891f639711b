package com.satops.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FailedLoginsTest {

    /** A clock the test moves on. */
    static final class SteppedClock extends Clock {
        Instant now = Instant.parse("2026-11-30T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void fiveFailuresLockTheUserAndTheAddressForTheLockoutThenTheyMayTryAgain() {
        SteppedClock clock = new SteppedClock();
        FailedLogins logins = new FailedLogins(5, Duration.ofMinutes(15), clock);
        for (int i = 0; i < 4; i++) {
            logins.failed("ops", "10.0.0.9");
        }
        assertThat(logins.lockedUntil("ops", "10.0.0.9")).isEmpty();

        logins.failed("ops", "10.0.0.9");

        assertThat(logins.lockedUntil("ops", "10.0.0.1")).hasValue(Instant.parse("2026-11-30T01:15:00Z"));
        assertThat(logins.lockedUntil("viewer", "10.0.0.9")).isPresent();
        assertThat(logins.lockedUntil("viewer", "10.0.0.1")).isEmpty();
        clock.now = clock.now.plus(Duration.ofMinutes(15));
        assertThat(logins.lockedUntil("ops", "10.0.0.9")).isEmpty();
    }

    @Test
    void aRightPasswordClearsTheCount() {
        FailedLogins logins = new FailedLogins(5, Duration.ofMinutes(15), new SteppedClock());
        for (int i = 0; i < 4; i++) {
            logins.failed("ops", "10.0.0.9");
        }
        logins.succeeded("ops", "10.0.0.9");
        logins.failed("ops", "10.0.0.9");
        assertThat(logins.lockedUntil("ops", "10.0.0.9")).isEmpty();
    }
}
