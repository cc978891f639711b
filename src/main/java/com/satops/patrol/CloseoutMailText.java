package com.satops.patrol;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/** Subject and HTML body of the close-out mails; every value from a file is escaped. */
final class CloseoutMailText {

    private final CloseoutText text;
    private final CloseoutWeek week;

    CloseoutMailText(CloseoutText text, CloseoutWeek week) {
        this.text = text;
        this.week = week;
    }

    String projectSubject(ProjectFigures project) {
        return text.pick("巡区销项周报 ", "Patrol close-out ") + week + " " + project.projectCode()
                + (project.projectName() == null ? "" : " " + project.projectName());
    }

    String companySubject() {
        return text.pick("巡区销项周报 ", "Patrol close-out ") + week + " " + text.company();
    }

    String projectBody(String managerName, Scoreboard.Line project, String attachmentName) {
        ProjectFigures f = project.figures();
        String greeting = text.pick(escape(managerName) + "，您好：", "Dear " + escape(managerName) + ",");
        return page(greeting, escape(f.projectCode() + (f.projectName() == null ? "" : " " + f.projectName())),
                List.of(project), f.overdue(), attachmentName);
    }

    String companyBody(Scoreboard board, String attachmentName) {
        List<Scoreboard.Line> lines = new ArrayList<>(board.projects());
        lines.add(new Scoreboard.Line(board.total().figures(), board.total().trend()));
        return page(text.pick("质量部：", "Dear quality department,"), escape(text.company()), lines,
                board.total().figures().overdue(), attachmentName);
    }

    private String page(String greeting, String scope, List<Scoreboard.Line> lines, long overdue,
                        String attachmentName) {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<p>").append(greeting).append("</p>");
        html.append("<p>").append(text.pick(
                scope + " " + week + "（" + week.monday() + " 至 " + week.sunday() + "）巡区销项情况，截至 "
                        + week.asOf() + "：",
                "Patrol close-out of " + scope + " for " + week + " (" + week.monday() + " to " + week.sunday()
                        + "), as of " + week.asOf() + ":")).append("</p>");
        html.append("<table border=\"1\" cellpadding=\"4\" cellspacing=\"0\"><tr>");
        for (String header : List.of(text.pick("项目", "Project"), text.foundHeader(), text.closedHeader(),
                text.rateHeader(), text.overdueHeader(), text.recheckDueHeader(), text.recheckOnTimeHeader())) {
            html.append("<th>").append(escape(header)).append("</th>");
        }
        html.append("</tr>");
        for (Scoreboard.Line line : lines) {
            ProjectFigures f = line.figures();
            html.append("<tr><td>").append(escape(f.projectCode() == null ? text.company() : f.projectCode()))
                    .append("</td>");
            for (Object value : List.of(f.found(), f.closed(), percent(f.closeoutRate()), f.overdue(),
                    f.recheckDue(), f.recheckOnTime())) {
                html.append("<td align=\"right\">").append(value).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>");
        html.append("<p>").append(overdue > 0
                ? text.pick("逾期未销项 " + overdue + " 项，请在下周周巡前销项。",
                        overdue + " issues are overdue; please close them before the next weekly patrol.")
                : text.pick("没有逾期未销项的问题。", "No issue is overdue.")).append(text.pick("", " "))
                .append(text.pick("明细见附件 ", "Details in the attached ")).append(escape(attachmentName))
                .append(text.pick("。", ".")).append("</p>");
        return html.append("</body></html>").toString();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private static String escape(String value) {
        return value == null ? "" : HtmlUtils.htmlEscape(value, "UTF-8");
    }
}
