package com.satops.cli;

/** An expected failure that is no bug (nothing to resend, ...): one line on stderr, exit 1. */
class CommandFailure extends RuntimeException {

    CommandFailure(String message) {
        super(message);
    }
}
