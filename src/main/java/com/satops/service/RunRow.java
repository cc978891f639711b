package com.satops.service;

import java.time.LocalDateTime;

/** An execution as the run list reads it: Batch's own columns and the summary it ended with, if any. */
public record RunRow(long executionId, String job, String status, LocalDateTime startedAt, LocalDateTime endedAt,
                     String summaryJson) {
}
