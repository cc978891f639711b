package com.satops.web;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The console's message bundle, as the application reads it, for plain tests. */
final class ConsoleMessages {

    private ConsoleMessages() {
    }

    static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages/console");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
