package com.satops.web;

import com.satops.common.text.Percent;
import java.math.BigDecimal;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How the pages write numbers: a run's rates (fractions 0–1 in the summary) as
 * percentages, counts as they are, durations in the page's language.
 */
@Component("consoleFormat")
public class ConsoleFormat {

    private final MessageSource messages;

    public ConsoleFormat(MessageSource messages) {
        this.messages = messages;
    }

    public String figure(String name, Object value) {
        if (value == null) {
            return "—";
        }
        if (name.endsWith("Rate") && value instanceof Number rate) {
            return Percent.brief(new BigDecimal(rate.toString()));
        }
        return value.toString();
    }

    public String duration(Long seconds) {
        if (seconds == null) {
            return "—";
        }
        long s = Math.max(0, seconds);
        if (s < 60) {
            return say("console.duration.seconds", s);
        }
        if (s < 3600) {
            return say("console.duration.minutes", s / 60, String.format("%02d", s % 60));
        }
        return say("console.duration.hours", s / 3600, String.format("%02d", s % 3600 / 60));
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
