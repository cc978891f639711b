package com.satops.bench;

/** One measured phase or ceiling: wall seconds, rows handled, and the peak heap sampled while it ran. */
public record Measured(String name, double seconds, long rows, long peakHeapMiB) {

    public double rowsPerSecond() {
        return seconds > 0 ? rows / seconds : 0;
    }
}
