package com.satops.service;

/** The action does not fit the run's state (HTTP 409): stopping a run that ended, abandoning a live one. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
