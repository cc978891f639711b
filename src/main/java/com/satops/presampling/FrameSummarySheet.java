package com.satops.presampling;

import com.satops.common.report.Column;
import com.satops.common.report.ReportText;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import com.satops.common.run.RunParameters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's first sheet: what the run was asked, its figures under their
 * run-summary names, one line per project, and how the frame moved since last month.
 */
final class FrameSummarySheet {

    private final ReportText text;

    FrameSummarySheet(ReportText text) {
        this.text = text;
    }

    void write(ReportWorkbook book, RunParameters run, FrameQuery query, List<ProjectSummary> projects,
               List<DiffCount> diff, long dataIssues) {
        SheetWriter sheet = book.summarySheet(text.get("summary"));
        FrameFigures figures = FrameFigures.of(projects);
        sheet.title(text.get("frame.title"));
        sheet.row(text.get("frame.surveyMonth"), run.month().toString());
        sheet.row(text.get("asOf"), run.asOf());
        sheet.row(text.get("projects"), run.projects().isEmpty()
                ? text.get("allProjects") : String.join(", ", run.projects()));
        sheet.row(text.get("frame.comparedWith"), comparedWith(query));
        sheet.blank();

        sheet.table(Column.text(text.get("figure")), Column.code(text.get("figureKey")),
                Column.count(text.get("value")));
        sheet.row(text.get("frame.households"), "households", figures.households());
        for (FrameOutcome outcome : List.of(FrameOutcome.ELIGIBLE, FrameOutcome.NOT_DELIVERED,
                FrameOutcome.NOT_OCCUPIED, FrameOutcome.BLACK)) {
            sheet.row(outcomeTitle(outcome), outcome.figure(), figures.count(outcome));
        }
        sheet.row(text.get("frame.classChanges"), "classChanges", figures.classChanges());
        sheet.row(text.get("frame.statusChanges"), "statusChanges", figures.statusChanges());
        sheet.row(text.get("issues.sheet"), null, dataIssues);
        long missing = projects.stream().mapToLong(ProjectSummary::missingFromRoster).sum();
        sheet.row(text.get("frame.missingFromLatest"), null, missing);
        sheet.row(text.get("frame.entered"), null, moved(diff, true));
        sheet.row(text.get("frame.left"), null, moved(diff, false));
        sheet.blank();

        projectTable(sheet, projects, diff, figures, missing);
        sheet.blank();
        diffTable(sheet, diff);
    }

    private String comparedWith(FrameQuery query) {
        if (query.comparedProjects().isEmpty()) {
            return text.get("frame.noFrameToCompare", query.previousMonth().toString());
        }
        return text.get("frame.comparedFrame", query.previousMonth().toString(),
                String.join(", ", query.comparedProjects()));
    }

    private String outcomeTitle(FrameOutcome outcome) {
        return outcome == FrameOutcome.ELIGIBLE
                ? text.get("frame.eligible")
                : text.get("frame.excludedAs", CodeText.of(text.locale(), outcome));
    }

    private void projectTable(SheetWriter sheet, List<ProjectSummary> projects, List<DiffCount> diff,
                              FrameFigures total, long missing) {
        List<Column> columns = new ArrayList<>(List.of(Column.code(text.get("col.project")),
                Column.text(text.get("col.projectName")), Column.count(text.get("frame.households"))));
        for (FrameOutcome outcome : List.of(FrameOutcome.ELIGIBLE, FrameOutcome.NOT_DELIVERED,
                FrameOutcome.NOT_OCCUPIED, FrameOutcome.BLACK)) {
            columns.add(Column.count(outcomeTitle(outcome)));
        }
        for (String key : List.of("frame.classChanges", "frame.statusChanges", "frame.missingFromLatest",
                "frame.entered", "frame.left")) {
            columns.add(Column.count(text.get(key)));
        }
        sheet.table(columns.toArray(Column[]::new));
        Map<String, long[]> moves = new LinkedHashMap<>();
        for (DiffCount count : diff) {
            moves.computeIfAbsent(count.projectCode(), code -> new long[2])[count.entered() ? 0 : 1]
                    += count.households();
        }
        for (ProjectSummary project : projects) {
            long[] moved = moves.getOrDefault(project.projectCode(), new long[2]);
            sheet.row(project.projectCode(), project.projectName(), project.households(), project.eligible(),
                    project.notDelivered(), project.notOccupied(), project.black(), project.classChanges(),
                    project.statusChanges(), project.missingFromRoster(), moved[0], moved[1]);
        }
        sheet.total(text.get("total"), null, total.households(), total.eligible(), total.notDelivered(),
                total.notOccupied(), total.black(), total.classChanges(), total.statusChanges(), missing,
                moved(diff, true), moved(diff, false));
    }

    private void diffTable(SheetWriter sheet, List<DiffCount> diff) {
        sheet.title(text.get("frame.comparedWithLastMonth"));
        sheet.table(Column.code(text.get("col.project")), Column.text(text.get("frame.change")),
                Column.text(text.get("frame.why")), Column.count(text.get("frame.households")));
        for (DiffCount count : diff) {
            sheet.row(count.projectCode(), DiffReason.direction(text, count.entered()),
                    DiffReason.of(text, count), count.households());
        }
    }

    private static long moved(List<DiffCount> diff, boolean entered) {
        return diff.stream().filter(c -> c.entered() == entered).mapToLong(DiffCount::households).sum();
    }
}
