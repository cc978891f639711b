package com.satops.common.mail;

import com.satops.common.report.ReportLocale;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the mails: Thymeleaf templates under {@code templates/mail/} (each a
 * page of the shared {@code layout}), wording from the {@code mail_*} message
 * bundles. Its own engine reads templates from the class path, so it works the
 * same in the CLI (no servlet context), the service and plain tests.
 * Every value is written with {@code th:text}, so what came from a file is escaped.
 */
@Component
public class MailTemplates {

    private final SpringTemplateEngine engine;
    private final MessageSource messages;

    public MailTemplates(MessageSource messages) {
        this.messages = messages;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        this.engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The HTML of {@code templates/mail/<template>.html} with these variables, in the locale's wording. */
    public String html(String template, ReportLocale locale, Map<String, ?> variables) {
        Context context = new Context(locale(locale));
        variables.forEach(context::setVariable);
        context.setVariable("lang", locale.tag());
        return engine.process(template, context);
    }

    /** One sentence of the mail bundles (subjects, table cells made of several values). */
    public String text(ReportLocale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale(locale));
    }

    static Locale locale(ReportLocale locale) {
        return Locale.forLanguageTag(locale.tag());
    }
}
