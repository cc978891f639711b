package com.satops.cli;

/** Bad usage the user fixes by changing the command line: one line on stderr, exit 2. */
class UsageException extends RuntimeException {

    UsageException(String message) {
        super(message);
    }
}
