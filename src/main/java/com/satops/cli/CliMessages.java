package com.satops.cli;

import com.satops.common.text.SystemLanguageMessages;

/**
 * The CLI's own lines (the {@code cli} bundle), read before any application context
 * exists: Chinese on a Chinese system, English elsewhere.
 */
final class CliMessages {

    private static final SystemLanguageMessages MESSAGES = new SystemLanguageMessages("messages/cli");

    private CliMessages() {
    }

    static String get(String key, Object... args) {
        return MESSAGES.get(key, args);
    }
}
