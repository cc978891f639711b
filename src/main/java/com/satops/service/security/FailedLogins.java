package com.satops.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong passwords per user name and per remote address: after
 * {@code maxFailures} in a row, that user or address is locked out until the
 * lockout has passed. A right password clears its user's and address's count.
 */
public class FailedLogins {

    private final int maxFailures;
    private final Duration lockout;
    private final Clock clock;
    private final Map<String, Strikes> strikes = new ConcurrentHashMap<>();

    public FailedLogins(int maxFailures, Duration lockout, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.clock = clock;
    }

    /** When the user or the address is locked out, until when. */
    public Optional<Instant> lockedUntil(String user, String address) {
        Instant now = clock.instant();
        return Optional.ofNullable(latest(until(key("user", user), now), until(key("address", address), now)));
    }

    public void failed(String user, String address) {
        Instant now = clock.instant();
        strikes.compute(key("user", user), (k, s) -> next(s, now));
        strikes.compute(key("address", address), (k, s) -> next(s, now));
    }

    public void succeeded(String user, String address) {
        strikes.remove(key("user", user));
        strikes.remove(key("address", address));
    }

    /** Forgets every failure and lockout (an admin unlocking everyone). */
    public void clear() {
        strikes.clear();
    }

    private Strikes next(Strikes current, Instant now) {
        int count = current == null || (current.lockedUntil != null && !now.isBefore(current.lockedUntil))
                ? 1 : current.count + 1;
        return new Strikes(count, count >= maxFailures ? now.plus(lockout) : null);
    }

    private Instant until(String key, Instant now) {
        Strikes s = strikes.get(key);
        return s == null || s.lockedUntil == null || !now.isBefore(s.lockedUntil) ? null : s.lockedUntil;
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }

    private static String key(String kind, String value) {
        return kind + ":" + (value == null ? "" : value);
    }

    private record Strikes(int count, Instant lockedUntil) {
    }
}
