package com.satops.visits;

/** An assignment as stored: with the run that decided it. */
public record AssignmentRecord(Assignment a, String runKey, long executionId) {
}
