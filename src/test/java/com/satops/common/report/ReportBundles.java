package com.satops.common.report;

import com.satops.common.inbox.DataIssueText;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The report wording as the application reads it, for plain tests. */
public final class ReportBundles {

    private ReportBundles() {
    }

    public static ReportText text(ReportLocale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/report", "messages/inbox");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ReportText(messages, new DataIssueText(messages), locale);
    }
}
