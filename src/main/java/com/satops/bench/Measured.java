package com.satops.bench;

/**
 * One measured phase or ceiling: wall seconds, rows handled, the peak heap sampled
 * while it ran, and the CPU seconds the JVM used meanwhile (0 where not measured): on
 * a shared machine the wall seconds vary with the neighbours, the CPU much less.
 */
public record Measured(String name, double seconds, long rows, long peakHeapMiB, double cpuSeconds) {

    public Measured(String name, double seconds, long rows, long peakHeapMiB) {
        this(name, seconds, rows, peakHeapMiB, 0);
    }

    public double rowsPerSecond() {
        return seconds > 0 ? rows / seconds : 0;
    }
}
