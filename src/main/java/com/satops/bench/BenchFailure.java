package com.satops.bench;

/** A bench that cannot give honest figures: an input refused, a job not completed, a database not empty. */
public class BenchFailure extends RuntimeException {

    public BenchFailure(String message) {
        super(message);
    }

    public BenchFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
