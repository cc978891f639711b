package com.satops.common.report;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Hands out the report wording for a run's locale. */
@Component
public class ReportTexts {

    private final MessageSource messages;

    public ReportTexts(MessageSource messages) {
        this.messages = messages;
    }

    public ReportText of(ReportLocale locale) {
        return new ReportText(messages, locale);
    }

    public ReportText of(String localeTag) {
        return of(ReportLocale.of(localeTag));
    }
}
