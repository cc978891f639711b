package com.satops.common.run;

import java.time.LocalDateTime;

/**
 * The same job with the same parameters is running now, here or in another
 * process: the CLI says so in one line (exit 1), the API answers 409.
 */
public class AlreadyRunningException extends RuntimeException {

    private final String job;
    private final LocalDateTime since;
    private final Long executionId;

    public AlreadyRunningException(String job, LocalDateTime since, Long executionId, String host, long pid) {
        super(job + " with these parameters is already running since " + since.withNano(0)
                + (executionId == null ? " (starting)" : ", execution " + executionId)
                + " (" + host + ", pid " + pid + ")");
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
