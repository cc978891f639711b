package com.satops.followup;

import com.satops.common.report.ReportLocale;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Subject and HTML body of a service-followup mail: the template
 * {@code templates/mail/service-followup.html}, wording from messages/followup_*.
 * Rendered with a plain Thymeleaf context, so it needs no web request.
 */
@Component
public class FollowupMailRenderer {

    static final String TEMPLATE = "mail/service-followup";

    private final ITemplateEngine templates;
    private final MessageSource messages;

    public FollowupMailRenderer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    /** A listed order, its values already in the mail's wording. */
    public record OrderLine(String orderNo, String projectCode, String type, String room, String returnVisitAt,
                            String rating, String deadline) {
    }

    public String subject(PlannedMail mail, LocalDate date, ReportLocale locale) {
        FollowupText text = new FollowupText(messages, locale);
        if (mail.project() == null) {
            return text.get("mail.subject.followUp", date.toString());
        }
        ProjectFigures project = mail.project();
        return text.get("mail.subject.project", date.toString(), project.projectCode()
                + (project.projectName() == null ? "" : " " + project.projectName()));
    }

    public String body(PlannedMail mail, LocalDate date, String attachmentName, ReportLocale locale) {
        FollowupText text = new FollowupText(messages, locale);
        List<OrderLine> orders = mail.toFollowUp().stream().map(o -> new OrderLine(o.orderNo(), o.projectCode(),
                text.type(o.orderType()), text.room(o.roomKey()), FollowupText.dateTime(o.returnVisitAt()),
                text.rating(o.returnVisitRating()),
                FollowupText.dateTime(TwentyFourHourRule.deadline(o.returnVisitAt())))).toList();
        Context context = new Context(text.locale(), Map.of(
                "name", mail.to().staffName(),
                "date", date.toString(),
                "orders", orders));
        if (mail.project() != null) {
            context.setVariable("project", mail.project());
            context.setVariable("attachment", attachmentName);
        }
        return templates.process(TEMPLATE, context);
    }
}
