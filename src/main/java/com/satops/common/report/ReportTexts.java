package com.satops.common.report;

import com.satops.common.inbox.DataIssueText;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Hands out the report wording for a run's locale. */
@Component
public class ReportTexts {

    private final MessageSource messages;
    private final DataIssueText reasons;

    public ReportTexts(MessageSource messages, DataIssueText reasons) {
        this.messages = messages;
        this.reasons = reasons;
    }

    public ReportText of(ReportLocale locale) {
        return new ReportText(messages, reasons, locale);
    }

    public ReportText of(String localeTag) {
        return of(ReportLocale.of(localeTag));
    }
}
