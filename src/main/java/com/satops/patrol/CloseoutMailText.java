package com.satops.patrol;

import com.satops.common.mail.MailTable;
import com.satops.common.mail.MailTemplates;
import com.satops.common.report.ReportLocale;
import com.satops.common.text.Percent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The close-out mails ({@code templates/mail/patrol-closeout.html}): the week's
 * figures, the oldest overdue issues with their owner and days overdue, and the
 * attached workbook. Wording from the {@code mail} bundle in the report locale.
 */
final class CloseoutMailText {

    /** How many overdue issues a mail names, oldest first; the workbook lists them all. */
    static final int OLDEST_OVERDUE = 10;

    record Mail(String subject, String html) {
    }

    private final MailTemplates templates;
    private final ReportLocale locale;
    private final CloseoutWeek week;

    CloseoutMailText(MailTemplates templates, ReportLocale locale, CloseoutWeek week) {
        this.templates = templates;
        this.locale = locale;
        this.week = week;
    }

    Mail project(String managerName, Scoreboard.Line project, List<PatrolIssueRow> oldestOverdue,
                 String attachmentName) {
        ProjectFigures f = project.figures();
        String scope = f.projectCode() + (f.projectName() == null ? "" : " " + f.projectName());
        String subject = text("mail.patrol.subject", week.toString(), scope);
        return new Mail(subject, page(subject, text("mail.greeting", managerName), scope, List.of(project),
                f.overdue(), oldestOverdue, false, attachmentName));
    }

    Mail company(Scoreboard board, List<PatrolIssueRow> oldestOverdue, String attachmentName) {
        String company = text("mail.patrol.company");
        List<Scoreboard.Line> lines = new ArrayList<>(board.projects());
        lines.add(board.total());
        String subject = text("mail.patrol.subject", week.toString(), company);
        return new Mail(subject, page(subject, text("mail.greeting.team", text("mail.patrol.quality")), company,
                lines, board.total().figures().overdue(), oldestOverdue, true, attachmentName));
    }

    private String page(String subject, String greeting, String scope, List<Scoreboard.Line> lines, long overdue,
                        List<PatrolIssueRow> oldest, boolean withProject, String attachmentName) {
        Map<String, Object> model = new HashMap<>();
        model.put("subject", subject);
        model.put("greeting", greeting);
        model.put("scope", scope);
        model.put("week", week.toString());
        model.put("monday", week.monday().toString());
        model.put("sunday", week.sunday().toString());
        model.put("asOf", week.asOf().toString());
        model.put("figures", figures(lines));
        model.put("overdue", overdue);
        model.put("oldest", oldest.isEmpty() ? null : oldest(oldest, withProject));
        model.put("attachment", attachmentName);
        return templates.html("patrol-closeout", locale, model);
    }

    private MailTable figures(List<Scoreboard.Line> lines) {
        List<List<String>> rows = new ArrayList<>();
        for (Scoreboard.Line line : lines) {
            ProjectFigures f = line.figures();
            rows.add(List.of(f.projectCode() == null ? text("mail.patrol.company") : f.projectCode(),
                    String.valueOf(f.found()), String.valueOf(f.closed()), Percent.of(f.closeoutRate()),
                    String.valueOf(f.overdue()), String.valueOf(f.recheckDue()), String.valueOf(f.recheckOnTime())));
        }
        return new MailTable(List.of(text("mail.patrol.column.project"), text("mail.patrol.column.found"),
                text("mail.patrol.column.closed"), text("mail.patrol.column.rate"), text("mail.patrol.column.overdue"),
                text("mail.patrol.column.recheckDue"), text("mail.patrol.column.recheckOnTime")),
                rows, Set.of(1, 2, 3, 4, 5, 6));
    }

    private MailTable oldest(List<PatrolIssueRow> issues, boolean withProject) {
        List<String> headers = new ArrayList<>();
        if (withProject) {
            headers.add(text("mail.patrol.column.project"));
        }
        headers.addAll(List.of(text("mail.patrol.column.issue"), text("mail.patrol.column.foundOn"),
                text("mail.patrol.column.issueText"), text("mail.patrol.column.owner"),
                text("mail.patrol.column.daysOverdue")));
        List<List<String>> rows = new ArrayList<>();
        for (PatrolIssueRow issue : issues) {
            List<String> row = new ArrayList<>();
            if (withProject) {
                row.add(issue.projectCode());
            }
            row.add(issue.issueNo());
            row.add(issue.foundOn().toString());
            row.add(issue.location() == null || issue.location().isBlank() ? issue.description()
                    : issue.location() + " · " + issue.description());
            row.add(owner(issue));
            row.add(String.valueOf(week.rules().daysOverdue(issue.foundOn(), week.asOf())));
            rows.add(row);
        }
        int offset = withProject ? 1 : 0;
        return new MailTable(headers, rows, Set.of(offset + 4));
    }

    /** Name and 工号 when the 工号 is a known staff member, else what the file said, else "not assigned". */
    private String owner(PatrolIssueRow issue) {
        if (issue.ownerStaffNo() == null || issue.ownerStaffNo().isBlank()) {
            return text("mail.patrol.noOwner");
        }
        return issue.ownerName() == null ? issue.ownerStaffNo()
                : text("mail.patrol.owner", issue.ownerName(), issue.ownerStaffNo());
    }

    private String text(String key, Object... args) {
        return templates.text(locale, key, args);
    }
}
