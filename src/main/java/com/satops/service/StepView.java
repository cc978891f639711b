package com.satops.service;

import com.satops.common.run.ProgressTotal;

/**
 * One step of a run: its name, status, counts and how long it took, and for a
 * running step whose total is known how far it has got (null otherwise).
 */
public record StepView(String name, String status, long read, long written, long skipped, Long durationSeconds,
                       ProgressTotal progress) {

    public StepView(String name, String status, long read, long written, long skipped, Long durationSeconds) {
        this(name, status, read, written, skipped, durationSeconds, null);
    }
}
