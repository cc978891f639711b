package com.satops.service.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** `serve` without a usable user is a configuration mistake, not a crash: no stack trace, just what to do. */
public class NoUsersFailureAnalyzer extends AbstractFailureAnalyzer<NoUsersConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoUsersConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage(), ServiceUsers.MESSAGES.get("security.users.action"), cause);
    }
}
