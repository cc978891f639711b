package com.satops.visits;

import com.satops.common.mail.MailTemplates;
import com.satops.common.mail.OutgoingMail;
import com.satops.common.report.ReportLocale;
import com.satops.common.run.RunParameters;
import java.util.HashMap;
import java.util.Map;

/**
 * The mail that brings a person their own visit list ({@code templates/mail/visit-list.html}).
 * A list is for the coming month, so it is never held: it is needed before the month starts.
 */
final class VisitListMail {

    private final MailTemplates templates;

    VisitListMail(MailTemplates templates) {
        this.templates = templates;
    }

    /** The mail for a person's list, or null when they have no list or no email. */
    OutgoingMail of(VisitListWorkbooks.PersonList list, VisitListWorkbooks.ProjectLists project, RunParameters run,
                    long executionId) {
        String email = list.person().email();
        if (list.workbook() == null || email == null || email.isBlank()) {
            return null;
        }
        ReportLocale locale = ReportLocale.of(run.locale());
        String month = run.month().toString();
        String name = list.person().staffName();
        String projectName = project.projectName() == null ? project.projectCode() : project.projectName();
        StaffCount count = list.count();
        String subject = templates.text(locale, "mail.visits.subject", month, projectName, name, count.assigned());
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("name", name);
        model.put("month", month);
        model.put("project", projectName);
        model.put("assigned", count.assigned());
        model.put("black", count.black());
        model.put("lowScore", count.lowScore());
        model.put("coverage", count.coverage());
        model.put("attachment", list.workbook().getFileName().toString());
        return new OutgoingMail(VisitListWorkbooks.JOB, month, email.strip(), subject,
                templates.html("visit-list", locale, model), list.workbook().toAbsolutePath(), null, run.runKey(),
                executionId);
    }
}
