package com.satops.service;

/** One step of a run: its name, status, counts and how long it took. */
public record StepView(String name, String status, long read, long written, long skipped, Long durationSeconds) {
}
