package com.satops.common.inbox;

/** Fails a run whose inbox held a file with too many bad rows; the message names the file and the rate. */
public class RejectRateExceededException extends RuntimeException {

    public RejectRateExceededException(String message) {
        super(message);
    }
}
