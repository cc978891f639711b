package com.satops.cli;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The CLI's own lines (the {@code cli} bundle), read before any application context
 * exists: Chinese on a Chinese system, English elsewhere.
 */
final class CliMessages {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("messages/cli");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private CliMessages() {
    }

    static String get(String key, Object... args) {
        Locale locale = "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return MESSAGES.getMessage(key, args, locale);
    }
}
