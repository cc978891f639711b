package com.satops.common.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What every run ends with (FORMATS §3): printed by `run --json`, stored for `runs`.
 * {@code mails} counts the mails this execution queued (a repeat that queues nothing says 0);
 * {@code mailsHeld} those it held because its period had not ended.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunSummary(
        String job,
        String status,
        Long executionId,
        Map<String, String> parameters,
        Map<String, Object> figures,
        long dataIssues,
        List<String> reports,
        long mails,
        long mailsHeld,
        Long mailsWaiting,
        long mailsRetried,
        long staffWithoutEmail,
        String message) {
}
