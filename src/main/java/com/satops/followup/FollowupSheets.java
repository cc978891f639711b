package com.satops.followup;

import com.satops.common.domain.WorkOrderType;
import com.satops.common.report.Column;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every sheet of the service-followup workbook in one place: its name, its
 * columns (and their kinds, from which common/report styles them) and the cells
 * of a row. Date-times are date-time cells; how late a promise was is text to the second.
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
        List<Column> columns = new ArrayList<>(List.of(Column.code(column("projectCode")),
                Column.text(column("projectName"))));
        FIGURES.forEach(figure -> columns.add(Column.count(column(figure))));
        SheetWriter sheet = book.summarySheet(text.get("sheet.summary"));
        sheet.table(columns.toArray(Column[]::new));
        for (ProjectFigures project : projects) {
            sheet.row(figureCells(project.projectCode(), project.projectName(), project));
        }
        if (company != null) {
            sheet.total(figureCells(text.get("company"), null, company));
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
        // explanations, not values: they run across the table's columns instead of widening the first one
        sheet.note(text.get("summary.rules"));
        if (!dayEnded) {
            sheet.note(text.get("summary.dayNotEnded"));
        }
    }

    private static Object[] figureCells(String code, String name, ProjectFigures f) {
        return new Object[] {code, name, f.created(), f.respondedIn15(), f.dispatchedIn30(), f.feedbackIn60(),
                f.returnVisitDue(), f.returnVisitIn24h(), f.dissatisfied(), f.followedUpIn24h(), f.overdue()};
    }

    void missedPromises(ReportWorkbook book, List<MissedPromise> missed) {
        SheetWriter sheet = book.listSheet(text.get("sheet.missedPromises"), orderColumns(
                Column.text(column("promise")), Column.dateTime(column("createdAt")),
                Column.dateTime(column("recordedAt")), Column.code(column("late"))));
        for (MissedPromise m : missed) {
            WorkOrderRow o = m.order();
            sheet.row(orderCells(o, text.promise(m.outcome().promise()), o.createdAt(),
                    o.time(m.outcome().promise()), text.lateness(m.outcome())));
        }
    }

    void overdue(ReportWorkbook book, List<WorkOrderRow> orders, FollowupDay day, OverdueRule rule) {
        SheetWriter sheet = book.listSheet(text.get("sheet.overdue"), orderColumns(
                Column.text(column("status")), Column.dateTime(column("createdAt")),
                Column.count(column("limitHours")), Column.count(column("hoursOpen"))));
        for (WorkOrderRow o : orders) {
            sheet.row(orderCells(o, text.status(o.status()), o.createdAt(),
                    rule.hours(o.orderType()), OverdueRule.hoursOpen(day, o.createdAt())));
        }
    }

    void notFollowedUp(ReportWorkbook book, List<WorkOrderRow> orders) {
        SheetWriter sheet = book.listSheet(text.get("sheet.notFollowedUp"), orderColumns(
                Column.dateTime(column("completedAt")), Column.dateTime(column("returnVisitAt")),
                Column.text(column("rating")), Column.dateTime(column("followUpDeadline"))));
        for (WorkOrderRow o : orders) {
            sheet.row(orderCells(o, o.completedAt(), o.returnVisitAt(), text.rating(o.returnVisitRating()),
                    TwentyFourHourRule.deadline(o.returnVisitAt())));
        }
    }

    private Column[] orderColumns(Column... more) {
        List<Column> columns = new ArrayList<>(List.of(Column.code(column("projectCode")),
                Column.code(column("orderNo")), Column.text(column("orderType")), Column.code(column("room")),
                Column.text(column("owner")), Column.code(column("ownerStaffNo"))));
        columns.addAll(Arrays.asList(more));
        return columns.toArray(Column[]::new);
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
