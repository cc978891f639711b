package com.satops.common.report;

import com.satops.common.text.PhoneMask;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code 数据问题} / {@code Data issues} sheet every job's workbook carries
 * when its run imported files (FORMATS §3): file, sheet, row, column, value,
 * reason, whether the row was skipped. A company-wide workbook lists the whole
 * run's; a project's workbook its project's share and those naming no known
 * project. Phone values are masked like everywhere else.
 */
public final class DataIssueSheet {

    private final SheetWriter sheet;
    private final ReportText text;

    private DataIssueSheet(SheetWriter sheet, ReportText text) {
        this.sheet = sheet;
        this.text = text;
    }

    /** Opens the sheet in {@code book}, worded like the rest of the workbook. */
    public static DataIssueSheet open(ReportWorkbook book) {
        ReportText text = book.text();
        SheetWriter sheet = book.listSheet(text.get("issues.sheet"),
                Column.text(text.get("issues.file")), Column.text(text.get("issues.worksheet")),
                Column.count(text.get("issues.row")), Column.text(text.get("issues.column")),
                Column.text(text.get("issues.value")), Column.longText(text.get("issues.reason")),
                Column.text(text.get("issues.skipped")));
        return new DataIssueSheet(sheet, text);
    }

    /** Opens the sheet and lists every data issue of the run {@code runKey}: a company-wide workbook's. */
    public static void writeRun(ReportWorkbook book, DataIssueListingMapper issues, String runKey) {
        DataIssueSheet sheet = open(book);
        issues.issuesOfRun(runKey, context -> sheet.add(context.getResultObject()));
    }

    /**
     * Opens the sheet and lists what a workbook of one project carries: the run's issues of that project
     * and those naming no known project.
     */
    public static void writeProject(ReportWorkbook book, DataIssueListingMapper issues, String runKey,
                                    String projectCode) {
        DataIssueSheet sheet = open(book);
        issues.issuesOfProject(runKey, projectCode, context -> sheet.add(context.getResultObject()));
    }

    /**
     * A project's list ({@link #writeProject}), read once for a job that writes it in many workbooks; null when
     * there are more than {@code most}, to be read for each workbook rather than held.
     */
    public static List<DataIssueRow> readProject(DataIssueListingMapper issues, String runKey, String projectCode,
                                                 int most) {
        List<DataIssueRow> rows = new ArrayList<>();
        boolean[] tooMany = new boolean[1];
        issues.issuesOfProject(runKey, projectCode, context -> {
            if (rows.size() == most) {
                tooMany[0] = true;
                context.stop();
            } else {
                rows.add(context.getResultObject());
            }
        });
        return tooMany[0] ? null : rows;
    }

    /** Opens the sheet and lists these issues (read by {@link #readProject}). */
    public static void write(ReportWorkbook book, List<DataIssueRow> issues) {
        DataIssueSheet sheet = open(book);
        issues.forEach(sheet::add);
    }

    public void add(DataIssueRow issue) {
        String value = PhoneMask.issueValue(issue.columnName(), issue.cellValue());
        sheet.row(issue.fileName(), issue.sheet(), issue.rowNo(), issue.columnName(), value, reason(issue, text),
                issue.rowSkipped());
    }

    /** The reason in the report's words; the one place that decides how an issue's reason reads. */
    static String reason(DataIssueRow issue, ReportText text) {
        return text.dataIssueReason(issue);
    }
}
