package com.satops.common.run;

import java.time.LocalDateTime;

/** The row that says a run is under way, and who runs it. */
public record RunLease(String runKey, String job, Long executionId, String ownerHost, long ownerPid, String ownerId,
                       LocalDateTime startedAt, LocalDateTime heartbeatAt) {
}
