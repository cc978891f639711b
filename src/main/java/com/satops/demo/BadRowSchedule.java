package com.satops.demo;

import java.util.SplittableRandom;

/**
 * Where a file's deliberately bad rows go: a fixed number spread over the
 * file's slots (households walked, days patrolled), one in each equal stretch,
 * so they are scattered like real typos and never bunch into a reject-rate
 * failure. Decided as the walk goes; nothing is stored.
 */
final class BadRowSchedule {

    private final long slots;
    private final int count;
    private final SplittableRandom random;
    private int placed;
    private long next;

    private BadRowSchedule(long slots, int count, SplittableRandom random) {
        this.slots = slots;
        this.count = count;
        this.random = random;
        this.next = count == 0 ? -1 : positionIn(0);
    }

    /** {@code count} bad rows over {@code slots} slots; count may be 0. */
    static BadRowSchedule spread(long slots, int count, SplittableRandom random) {
        return new BadRowSchedule(slots, (int) Math.min(count, slots), random);
    }

    /**
     * How many bad rows a file with {@code basis} households gets at {@code rate}:
     * at least one once it has 500, none below, so a small demo never trips the
     * 5 % reject rate.
     */
    static int countFor(long basis, double rate) {
        if (basis < 500) {
            return 0;
        }
        return (int) Math.max(1, Math.round(basis * rate));
    }

    /** Whether the slot (0, 1, 2 … in order) takes a bad row; each slot is asked once. */
    boolean due(long slot) {
        if (slot != next) {
            return false;
        }
        placed++;
        next = placed < count ? positionIn(placed) : -1;
        return true;
    }

    private long positionIn(int stretch) {
        long start = slots * stretch / count;
        long end = slots * (stretch + 1) / count;
        return start + random.nextLong(Math.max(1, end - start));
    }
}
