package com.satops.common.text;

import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * One-line messages an operator reads on the console of a process, from an area's
 * bundle and read without an application context: Chinese on a Chinese system,
 * English elsewhere.
 */
public final class SystemLanguageMessages {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    public SystemLanguageMessages(String basename) {
        messages.setBasename(basename);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    public String get(String key, Object... args) {
        Locale locale = "zh".equals(Locale.getDefault().getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return messages.getMessage(key, args, locale);
    }
}
