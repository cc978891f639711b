package com.satops.service.security;

/** `serve` refuses to start without a user, or with a user it cannot accept; the message is the line to show. */
public class NoUsersConfiguredException extends IllegalStateException {

    public NoUsersConfiguredException(String message) {
        super(message);
    }
}
