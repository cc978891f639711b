package com.satops.common.run;

import com.satops.common.text.SystemLanguageMessages;
import java.time.LocalDateTime;

/**
 * The same job with the same parameters is running now, here or in another
 * process: the CLI says so in one line (exit 1), the API answers 409. The line
 * is from the {@code service} bundle in the system's language.
 */
public class AlreadyRunningException extends RuntimeException {

    private static final SystemLanguageMessages MESSAGES = new SystemLanguageMessages("messages/service");

    private final String job;
    private final LocalDateTime since;
    private final Long executionId;

    public AlreadyRunningException(String job, LocalDateTime since, Long executionId, String host, long pid) {
        super(executionId == null
                ? MESSAGES.get("run.alreadyStarting", job, since.withNano(0).toString(), host, String.valueOf(pid))
                : MESSAGES.get("run.alreadyRunning", job, since.withNano(0).toString(), executionId.toString(), host,
                        String.valueOf(pid)));
        this.job = job;
        this.since = since;
        this.executionId = executionId;
    }

    public String job() {
        return job;
    }

    public LocalDateTime since() {
        return since;
    }

    public Long executionId() {
        return executionId;
    }
}
