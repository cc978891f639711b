package com.satops.common.inbox;

import java.time.LocalDate;

/** What every set-based merge statement of one file needs to know. */
public record MergeParams(long fileId, String fileName, long executionId, String runKey, LocalDate effectiveOn) {

    public static MergeParams of(InboxFile file, ImportRun run) {
        return new MergeParams(file.fileId(), file.fileName(), run.executionId(), run.runKey(), run.asOf());
    }
}
