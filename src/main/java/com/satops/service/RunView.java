package com.satops.service;

import com.satops.common.run.RunSummary;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A run as the API and the console show it: its summary (FORMATS §3), when it ran,
 * whether it was left running by a process that died, and for the detail its
 * steps and data issues (empty in lists).
 */
public record RunView(RunSummary summary, LocalDateTime startedAt, LocalDateTime endedAt, Long durationSeconds,
                      boolean leftByDeadProcess, List<StepView> steps, List<RunDataIssue> issues) {

    public long executionId() {
        return summary.executionId();
    }

    public String status() {
        return summary.status();
    }
}
