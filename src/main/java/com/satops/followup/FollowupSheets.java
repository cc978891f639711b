package com.satops.followup;

import com.satops.common.domain.WorkOrderType;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every sheet of the service-followup workbook in one place: its name, its
 * columns and the cells of a row. Date-times are written as text to the second,
 * the way the CRM shows them.
 */
final class FollowupSheets {

    private static final List<String> FIGURES = List.of("created", "respondedIn15", "dispatchedIn30",
            "feedbackIn60", "returnVisitDue", "returnVisitIn24h", "dissatisfied", "followedUpIn24h", "overdue");

    private final FollowupText text;

    FollowupSheets(FollowupText text) {
        this.text = text;
    }

    /** Summary: one row per project (and the company when given), then what the run checked. */
    void summary(ReportWorkbook book, List<ProjectFigures> projects, ProjectFigures company, LocalDate date,
                 List<String> scope, OverdueRule overdue, boolean dayEnded) {
        List<String> headers = new ArrayList<>(List.of(column("projectCode"), column("projectName")));
        FIGURES.forEach(figure -> headers.add(column(figure)));
        SheetWriter sheet = book.sheet(text.get("sheet.summary"), headers.toArray(String[]::new));
        for (ProjectFigures project : projects) {
            sheet.row(figureCells(project.projectCode(), project.projectName(), project));
        }
        if (company != null) {
            sheet.row(figureCells(text.get("company"), null, company));
        }
        sheet.blank();
        sheet.row(text.get("summary.date"), date);
        sheet.row(text.get("summary.projects"), scope.isEmpty() ? text.get("summary.allProjects")
                : String.join(", ", scope));
        for (WorkOrderType type : WorkOrderType.values()) {
            Integer hours = overdue.hours(type);
            if (hours != null) {
                sheet.row(text.get("summary.overdueHours", text.type(type)), hours);
            }
        }
        sheet.row(text.get("summary.rules"));
        if (!dayEnded) {
            sheet.row(text.get("summary.dayNotEnded"));
        }
    }

    private static Object[] figureCells(String code, String name, ProjectFigures f) {
        return new Object[] {code, name, f.created(), f.respondedIn15(), f.dispatchedIn30(), f.feedbackIn60(),
                f.returnVisitDue(), f.returnVisitIn24h(), f.dissatisfied(), f.followedUpIn24h(), f.overdue()};
    }

    void missedPromises(ReportWorkbook book, List<MissedPromise> missed) {
        SheetWriter sheet = book.sheet(text.get("sheet.missedPromises"), orderHeaders("promise", "createdAt",
                "recordedAt", "late"));
        for (MissedPromise m : missed) {
            WorkOrderRow o = m.order();
            sheet.row(orderCells(o, text.promise(m.outcome().promise()), FollowupText.dateTime(o.createdAt()),
                    FollowupText.dateTime(o.time(m.outcome().promise())), text.lateness(m.outcome())));
        }
    }

    void overdue(ReportWorkbook book, List<WorkOrderRow> orders, FollowupDay day, OverdueRule rule) {
        SheetWriter sheet = book.sheet(text.get("sheet.overdue"), orderHeaders("status", "createdAt",
                "limitHours", "hoursOpen"));
        for (WorkOrderRow o : orders) {
            sheet.row(orderCells(o, text.status(o.status()), FollowupText.dateTime(o.createdAt()),
                    rule.hours(o.orderType()), OverdueRule.hoursOpen(day, o.createdAt())));
        }
    }

    void notFollowedUp(ReportWorkbook book, List<WorkOrderRow> orders) {
        SheetWriter sheet = book.sheet(text.get("sheet.notFollowedUp"), orderHeaders("completedAt",
                "returnVisitAt", "rating", "followUpDeadline"));
        for (WorkOrderRow o : orders) {
            sheet.row(orderCells(o, FollowupText.dateTime(o.completedAt()), FollowupText.dateTime(o.returnVisitAt()),
                    text.rating(o.returnVisitRating()),
                    FollowupText.dateTime(TwentyFourHourRule.deadline(o.returnVisitAt()))));
        }
    }

    void dataIssues(ReportWorkbook book, List<RunDataIssueLine> issues) {
        SheetWriter sheet = book.sheet(text.get("sheet.dataIssues"), column("file"), column("sheet"),
                column("row"), column("column"), column("value"), column("reason"), column("rowSkipped"));
        for (RunDataIssueLine issue : issues) {
            sheet.row(issue.fileName(), issue.sheet(), issue.rowNo(), issue.columnName(), issue.cellValue(),
                    issue.reason(), text.get(issue.rowSkipped() ? "yes" : "no"));
        }
    }

    private String[] orderHeaders(String... more) {
        List<String> headers = new ArrayList<>(List.of(column("projectCode"), column("orderNo"),
                column("orderType"), column("room"), column("owner"), column("ownerStaffNo")));
        Arrays.stream(more).map(this::column).forEach(headers::add);
        return headers.toArray(String[]::new);
    }

    private Object[] orderCells(WorkOrderRow o, Object... more) {
        // Arrays.asList keeps nulls: an empty cell stays blank.
        List<Object> cells = new ArrayList<>(Arrays.asList(o.projectCode(), o.orderNo(), text.type(o.orderType()),
                text.room(o.roomKey()), o.ownerShown(), o.ownerStaffNo()));
        cells.addAll(Arrays.asList(more));
        return cells.toArray();
    }

    private String column(String key) {
        return text.get("column." + key);
    }
}
