package com.satops.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.function.ToLongFunction;

/**
 * Times a phase while a {@link HeapWatch} samples the used heap every 20 ms: the peak
 * is what the phase really held at once, garbage not yet collected included (so it
 * is an upper bound). The JVM's CPU time over the phase is taken too (all threads,
 * collector included; a database server of its own is not).
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
        // Every phase starts from the live heap, not the previous phase's garbage.
        return measure(name, work, rows, HeapWatch.sampling());
    }

    /** Measures the phase with a watch of the caller's, which closes when the work ends. */
    public static <T> Metered<T> measure(String name, Work<T> work, ToLongFunction<T> rows, HeapWatch heap)
            throws Exception {
        long cpuStarted = processCpuNanos();
        long started = System.nanoTime();
        T result;
        try (heap) {
            result = work.run();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
        return new Metered<>(result, new Measured(name, seconds, rows.applyAsLong(result), heap.peakUsedBytes() >> 20,
                cpuSeconds));
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }
}
