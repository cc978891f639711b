package com.satops.support;

import com.satops.common.mail.MailTemplates;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The mail templates with the mail bundle (and the report bundle, for the names a
 * mail shows as its workbook does) as the application reads them, for plain tests.
 */
public final class MailWording {

    private MailWording() {
    }

    public static MailTemplates templates() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/mail", "messages/report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new MailTemplates(messages);
    }
}
