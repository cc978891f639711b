package com.satops.service;

/** What was asked for does not exist (HTTP 404): no such job, run, report, schedule or mail. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
