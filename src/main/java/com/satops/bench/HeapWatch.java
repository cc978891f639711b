package com.satops.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Watches the heap while work runs. It starts from the live heap (after a full
 * collection) and samples the used heap every 20 ms: that peak holds garbage not
 * yet collected too, so it is an upper bound that depends on the -Xmx the
 * collector may fill. With live checks it also forces a full collection every
 * so often and records what is still in use right after it: the heap the work
 * really holds at that moment, whatever the -Xmx (each check costs a pause, so
 * a bench phase timed for speed does without).
 */
public final class HeapWatch implements AutoCloseable {

    private static final long SAMPLE_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final boolean liveChecks;
    private final long baselineBytes;
    private final AtomicLong peakUsed;
    private final AtomicLong peakLive;
    private final ScheduledExecutorService sampler;

    private HeapWatch(Duration liveCheckEvery) {
        liveChecks = liveCheckEvery != null;
        System.gc();
        baselineBytes = memory.getHeapMemoryUsage().getUsed();
        peakUsed = new AtomicLong(baselineBytes);
        peakLive = new AtomicLong(baselineBytes);
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heap-watch");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> peakUsed.accumulateAndGet(used(), Math::max),
                0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
        if (liveCheckEvery != null) {
            sampler.scheduleWithFixedDelay(this::checkLive, liveCheckEvery.toMillis(), liveCheckEvery.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Samples the used heap only. */
    public static HeapWatch sampling() {
        return new HeapWatch(null);
    }

    /** Samples the used heap and measures the live heap after a full collection every {@code every}. */
    public static HeapWatch withLiveChecks(Duration every) {
        return new HeapWatch(every);
    }

    /** The live heap when the watch started. */
    public long baselineBytes() {
        return baselineBytes;
    }

    /** The most heap in use at any sample, garbage included. */
    public long peakUsedBytes() {
        return peakUsed.get();
    }

    /** The most heap still in use right after a forced collection (the baseline when no check ran). */
    public long peakLiveBytes() {
        return peakLive.get();
    }

    /** Stops the sampling and, with live checks, measures the live heap once more at the end. */
    @Override
    public void close() {
        sampler.shutdownNow();
        try {
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        peakUsed.accumulateAndGet(used(), Math::max);
        if (liveChecks) {
            checkLive();
        }
    }

    private void checkLive() {
        System.gc();
        long live = used();
        peakLive.accumulateAndGet(live, Math::max);
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }
}
