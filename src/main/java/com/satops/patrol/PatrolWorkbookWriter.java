package com.satops.patrol;

import com.satops.common.domain.PatrolCategory;
import com.satops.common.report.Column;
import com.satops.common.report.DataIssueListingMapper;
import com.satops.common.report.DataIssueSheet;
import com.satops.common.report.ReportText;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.Share;
import com.satops.common.report.SheetWriter;
import com.satops.common.report.UnmailedStaff;
import com.satops.common.report.UnmailedStaffTable;
import com.satops.common.run.Rate;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.ibatis.session.ResultHandler;
import org.springframework.stereotype.Component;

/**
 * Writes one close-out workbook: summary (figures, trend and the managers no mail
 * reaches), found this week, closed (late ones marked), overdue (oldest first),
 * daily re-checks not on time, by category, and for the company workbook the
 * run's data issues. Listings are streamed from the database row by row into the
 * streaming workbook.
 */
@Component
public class PatrolWorkbookWriter {

    private final PatrolCloseoutMapper mapper;
    private final DataIssueListingMapper issues;

    public PatrolWorkbookWriter(PatrolCloseoutMapper mapper, DataIssueListingMapper issues) {
        this.mapper = mapper;
        this.issues = issues;
    }

    /**
     * What one workbook covers. {@code runKey} is set for the company workbook, which lists the data issues;
     * {@code unmailed} are the workbook's project managers without an email.
     */
    public record Content(Scoreboard board, List<Scoreboard.Line> lines, boolean companyTotal, List<String> projects,
                          String runKey, ReportText text, List<UnmailedStaff> unmailed) {

        public static Content project(Scoreboard board, String code, ReportText text, List<UnmailedStaff> unmailed) {
            return new Content(board, List.of(board.project(code)), false, List.of(code), null, text, unmailed);
        }

        public static Content company(Scoreboard board, List<String> projects, String runKey, ReportText text,
                                      List<UnmailedStaff> unmailed) {
            return new Content(board, board.projects(), true, projects, runKey, text, unmailed);
        }
    }

    public Path write(Path target, Content content) {
        ReportText t = content.text();
        CloseoutText values = new CloseoutText(t);
        CloseoutWeek week = content.board().week();
        CloseoutRules rules = week.rules();
        IssueQuery query = week.query(content.projects());
        try (ReportWorkbook book = ReportWorkbook.cellsOnly(target, t, pageTitle(content))) {
            summary(book, content, t, target);
            found(book, query, week, t, values);
            closed(book, query, rules, t, values);
            overdue(book, query, week, t, values);
            rechecks(book, query, week, t, values);
            categories(book, query, content.companyTotal(), t, values);
            if (content.runKey() != null) {
                DataIssueSheet.writeRun(book, issues, content.runKey());
            }
            return book.save();
        }
    }

    private static String pageTitle(Content content) {
        String scope;
        if (content.companyTotal()) {
            scope = content.text().get("patrol.company");
        } else {
            ProjectFigures f = content.lines().get(0).figures();
            scope = f.projectName() == null ? f.projectCode() : f.projectName() + " " + f.projectCode();
        }
        return content.text().get("patrol.title") + " · " + scope + " · " + content.board().week();
    }

    private static void summary(ReportWorkbook book, Content content, ReportText t, Path target) {
        Scoreboard board = content.board();
        SheetWriter sheet = book.summarySheet(t.get("summary"));
        List<Column> columns = new ArrayList<>(List.of(Column.code(t.get("col.project")),
                Column.text(t.get("col.projectName")), Column.count(t.get("patrol.found")),
                Column.count(t.get("patrol.closed")), Column.rate(t.get("patrol.rate")),
                Column.count(t.get("patrol.overdue")), Column.count(t.get("patrol.recheckDue")),
                Column.count(t.get("patrol.recheckOnTime"))));
        board.trendWeeks().forEach(w -> columns.add(Column.rate(t.get("patrol.rateOfWeek", w.toString()))));
        sheet.table(columns.toArray(Column[]::new));
        for (Scoreboard.Line line : content.lines()) {
            ProjectFigures f = line.figures();
            sheet.row(summaryRow(f.projectCode(), f.projectName(), line));
        }
        if (content.companyTotal()) {
            sheet.total(summaryRow(t.get("patrol.company"), null, board.total()));
        }
        CloseoutWeek week = board.week();
        CloseoutRules rules = week.rules();
        sheet.blank();
        sheet.row(t.get("patrol.week"), week.toString());
        sheet.row(t.get("patrol.dates"), week.monday(), week.sunday());
        sheet.row(t.get("asOf"), week.asOf());
        sheet.row(t.get("projects"), content.projects().isEmpty()
                ? t.get("allProjects") : String.join(", ", content.projects()));
        sheet.row(t.get("patrol.closeWithin"), rules.closeWithinDays());
        sheet.row(t.get("patrol.recheckWithin"), rules.recheckWithinDays());
        sheet.note(t.get("patrol.trendNote"));
        sheet.blank();
        String file = target.getFileName().toString();
        UnmailedStaffTable.write(sheet, t, content.unmailed().stream()
                .map(person -> new UnmailedStaffTable.Entry(person, file)).toList());
    }

    private static Object[] summaryRow(String code, String name, Scoreboard.Line line) {
        ProjectFigures f = line.figures();
        List<Object> values = new ArrayList<>(Arrays.asList(code, name, f.found(), f.closed(),
                new Share(f.closeoutRate()), f.overdue(), f.recheckDue(), f.recheckOnTime()));
        for (BigDecimal rate : line.trend()) {
            values.add(new Share(rate));
        }
        return values.toArray();
    }

    private static Column[] issueColumns(ReportText t, Column... more) {
        List<Column> columns = new ArrayList<>(List.of(Column.code(t.get("col.project")),
                Column.code(t.get("patrol.issueNo")), Column.date(t.get("patrol.foundOn")),
                Column.text(t.get("col.zone")), Column.text(t.get("patrol.location")),
                Column.text(t.get("patrol.category")), Column.longText(t.get("patrol.description")),
                Column.text(t.get("patrol.department")), Column.text(t.get("patrol.owner")),
                Column.code(t.get("patrol.ownerStaffNo"))));
        columns.addAll(List.of(more));
        return columns.toArray(Column[]::new);
    }

    private static List<Object> issueCells(PatrolIssueRow issue, CloseoutText values) {
        // Arrays.asList keeps nulls: an empty optional cell stays a blank cell.
        return new ArrayList<>(Arrays.asList(issue.projectCode(), issue.issueNo(), issue.foundOn(), issue.zone(),
                issue.location(), values.category(issue.category()), issue.description(), issue.department(),
                issue.owner(), issue.ownerStaffNo()));
    }

    private void found(ReportWorkbook book, IssueQuery query, CloseoutWeek week, ReportText t,
                       CloseoutText values) {
        CloseoutRules rules = week.rules();
        listing(book, t.get("patrol.foundSheet"), mapper::foundIssues, query, t, values, issue -> Arrays.asList(
                        values.status(issue.status()), rules.closeDeadline(issue.foundOn()), issue.closedOn(),
                        values.closeoutState(rules.closeoutState(issue.foundOn(), issue.isClosed(),
                                issue.closedOn(), week.asOf()))),
                Column.text(t.get("patrol.status")), Column.date(t.get("patrol.closeBy")),
                Column.date(t.get("patrol.closedOn")), Column.text(t.get("patrol.stateAsOf")));
    }

    private void closed(ReportWorkbook book, IssueQuery query, CloseoutRules rules, ReportText t,
                        CloseoutText values) {
        listing(book, t.get("patrol.closedSheet"), mapper::closedIssues, query, t, values, issue -> Arrays.asList(
                        rules.closeDeadline(issue.foundOn()), issue.closedOn(),
                        ChronoUnit.DAYS.between(issue.foundOn(), issue.closedOn()),
                        rules.closedLate(issue.foundOn(), issue.closedOn())
                                ? values.closeoutState(CloseoutState.CLOSED_LATE) : null),
                Column.date(t.get("patrol.closeBy")), Column.date(t.get("patrol.closedOn")),
                Column.count(t.get("patrol.daysTaken")), Column.text(t.get("patrol.closedLate")));
    }

    private void overdue(ReportWorkbook book, IssueQuery query, CloseoutWeek week, ReportText t,
                         CloseoutText values) {
        CloseoutRules rules = week.rules();
        listing(book, t.get("patrol.overdueSheet"), mapper::overdueIssues, query, t, values, issue -> Arrays.asList(
                        values.status(issue.status()), rules.closeDeadline(issue.foundOn()),
                        rules.daysOverdue(issue.foundOn(), week.asOf())),
                Column.text(t.get("patrol.status")), Column.date(t.get("patrol.closeBy")),
                Column.count(t.get("patrol.daysOverdue")));
    }

    private void rechecks(ReportWorkbook book, IssueQuery query, CloseoutWeek week, ReportText t,
                          CloseoutText values) {
        CloseoutRules rules = week.rules();
        listing(book, t.get("patrol.recheckSheet"), mapper::recheckMisses, query, t, values, issue -> Arrays.asList(
                        rules.recheckDeadline(issue.foundOn()), issue.recheckedOn(),
                        values.recheckState(rules.recheckState(issue.foundOn(), issue.recheckedOn(), week.asOf())),
                        rules.recheckDaysLate(issue.foundOn(), issue.recheckedOn(), week.asOf())),
                Column.date(t.get("patrol.recheckBy")), Column.date(t.get("patrol.recheckedOn")),
                Column.text(t.get("patrol.state")), Column.count(t.get("patrol.daysLate")));
    }

    /**
     * A listing sheet: the columns every issue listing starts with, then the sheet's own, one row per issue
     * the statement streams. {@code ownCells} may hold nulls: an empty cell stays blank.
     */
    private static void listing(ReportWorkbook book, String sheetName,
                                BiConsumer<IssueQuery, ResultHandler<PatrolIssueRow>> statement, IssueQuery query,
                                ReportText t, CloseoutText values, Function<PatrolIssueRow, List<?>> ownCells,
                                Column... ownColumns) {
        SheetWriter sheet = book.listSheet(sheetName, issueColumns(t, ownColumns));
        statement.accept(query, context -> {
            PatrolIssueRow issue = context.getResultObject();
            List<Object> cells = issueCells(issue, values);
            cells.addAll(ownCells.apply(issue));
            sheet.row(cells.toArray());
        });
    }

    private void categories(ReportWorkbook book, IssueQuery query, boolean companyTotal, ReportText t,
                            CloseoutText values) {
        SheetWriter sheet = book.summarySheet(t.get("patrol.categorySheet"));
        sheet.table(Column.code(t.get("col.project")), Column.text(t.get("patrol.category")),
                Column.count(t.get("patrol.found")), Column.count(t.get("patrol.closed")),
                Column.rate(t.get("patrol.rate")), Column.count(t.get("patrol.overdue")),
                Column.count(t.get("patrol.recheckDue")), Column.count(t.get("patrol.recheckOnTime")));
        Comparator<PatrolCategory> categoryOrder = Comparator.nullsLast(Comparator.naturalOrder());
        List<CategoryFigures> rows = new ArrayList<>(mapper.categoryFigures(query));
        rows.sort(Comparator.comparing(CategoryFigures::projectCode)
                .thenComparing(CategoryFigures::category, categoryOrder));
        Map<PatrolCategory, long[]> totals = new LinkedHashMap<>();
        for (CategoryFigures row : rows) {
            sheet.row(row.projectCode(), values.category(row.category()), row.found(), row.closed(),
                    new Share(Rate.of(row.closed(), row.found())), row.overdue(), row.recheckDue(),
                    row.recheckOnTime());
            long[] sum = totals.computeIfAbsent(row.category(), c -> new long[5]);
            sum[0] += row.found();
            sum[1] += row.closed();
            sum[2] += row.overdue();
            sum[3] += row.recheckDue();
            sum[4] += row.recheckOnTime();
        }
        if (companyTotal) {
            List<PatrolCategory> order = new ArrayList<>(totals.keySet());
            order.sort(categoryOrder);
            for (PatrolCategory category : order) {
                long[] sum = totals.get(category);
                sheet.total(t.get("patrol.company"), values.category(category), sum[0], sum[1],
                        new Share(Rate.of(sum[1], sum[0])), sum[2], sum[3], sum[4]);
            }
        }
    }
}
