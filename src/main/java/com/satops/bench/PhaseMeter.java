package com.satops.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * Times a phase while sampling the used heap every 20 ms: the peak is what the phase
 * really held at once, garbage not yet collected included (so it is an upper bound).
 * The JVM's CPU time over the phase is taken too (all threads, collector included;
 * a database server of its own is not).
 */
public final class PhaseMeter {

    /** Work that may throw; a bench phase fails the bench. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    public record Metered<T>(T result, Measured measured) {
    }

    private PhaseMeter() {
    }

    public static <T> Metered<T> measure(String name, Work<T> work, ToLongFunction<T> rows) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        // Start every phase from the live heap, not the previous phase's garbage.
        System.gc();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "heap-sampler");
            thread.setDaemon(true);
            return thread;
        });
        sampler.scheduleAtFixedRate(() -> peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max),
                0, 20, TimeUnit.MILLISECONDS);
        long cpuStarted = processCpuNanos();
        long started = System.nanoTime();
        T result;
        try {
            result = work.run();
        } finally {
            sampler.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
        return new Metered<>(result, new Measured(name, seconds, rows.applyAsLong(result), peak.get() >> 20,
                cpuSeconds));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
