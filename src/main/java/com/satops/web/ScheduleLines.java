package com.satops.web;

import com.satops.service.ScheduleView;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the service's schedules into the lines the pages show, each cron said in the page's language. */
@Component
public class ScheduleLines {

    private final CronInWords cronInWords;

    public ScheduleLines(MessageSource messages) {
        this.cronInWords = new CronInWords(messages);
    }

    public ScheduleLine of(ScheduleView view, Locale locale) {
        return ScheduleLine.of(view, cronInWords.describe(view.cron(), locale).orElse(null));
    }
}
