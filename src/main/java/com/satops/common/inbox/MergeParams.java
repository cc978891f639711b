package com.satops.common.inbox;

import java.time.LocalDate;

/**
 * What every set-based merge statement needs to know besides its files, which it
 * finds in {@code stg_merge_file}: the run that tags issues and history rows.
 */
public record MergeParams(long executionId, String runKey, LocalDate effectiveOn) {

    public static MergeParams of(ImportRun run) {
        return new MergeParams(run.executionId(), run.runKey(), run.asOf());
    }
}
