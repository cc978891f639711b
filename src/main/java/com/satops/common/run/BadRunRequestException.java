package com.satops.common.run;

/**
 * A run request that cannot be run as given: a malformed or impossible value,
 * an option the job does not take, an unknown locale. The message is the one
 * line the CLI prints (exit 2) and the admin API answers with 400.
 */
public class BadRunRequestException extends IllegalArgumentException {

    public BadRunRequestException(String message) {
        super(message);
    }
}
