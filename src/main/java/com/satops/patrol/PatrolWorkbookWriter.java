package com.satops.patrol;

import com.satops.common.domain.PatrolCategory;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.Share;
import com.satops.common.report.SheetWriter;
import com.satops.common.run.RunOutputs;
import com.satops.common.text.PhoneMask;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes one close-out workbook: summary (figures and trend), found this week,
 * closed (late ones marked), overdue (oldest first), daily re-checks not on time,
 * by category, and for the company workbook the run's data issues. Listings are
 * streamed from the database row by row into the streaming workbook.
 */
@Component
public class PatrolWorkbookWriter {

    /** A data issue about a phone cell must not show the number (FORMATS §3). */
    private static final String PHONE_COLUMN = "联系电话";

    private final PatrolCloseoutMapper mapper;

    public PatrolWorkbookWriter(PatrolCloseoutMapper mapper) {
        this.mapper = mapper;
    }

    /** What one workbook covers. {@code runKey} is set for the company workbook, which lists the data issues. */
    public record Content(Scoreboard board, List<Scoreboard.Line> lines, boolean companyTotal, List<String> projects,
                          String runKey, ReportLocale locale) {

        public static Content project(Scoreboard board, String code, ReportLocale locale) {
            return new Content(board, List.of(board.project(code)), false, List.of(code), null, locale);
        }

        public static Content company(Scoreboard board, List<String> projects, String runKey, ReportLocale locale) {
            return new Content(board, board.projects(), true, projects, runKey, locale);
        }
    }

    public Path write(Path target, Content content) {
        CloseoutText text = new CloseoutText(content.locale());
        CloseoutWeek week = content.board().week();
        CloseoutRules rules = week.rules();
        IssueQuery query = week.query(content.projects());
        try (ReportWorkbook book = ReportWorkbook.create(target)) {
            summary(book, content, text);
            found(book, query, week, text);
            closed(book, query, rules, text);
            overdue(book, query, week, text);
            rechecks(book, query, week, text);
            categories(book, query, content.companyTotal(), text);
            if (content.runKey() != null) {
                dataIssues(book, content.runKey(), text);
            }
            return book.save();
        }
    }

    private static void summary(ReportWorkbook book, Content content, CloseoutText text) {
        Scoreboard board = content.board();
        List<String> headers = new ArrayList<>(List.of(text.pick("项目编码", "Project code"),
                text.pick("项目名称", "Project name"), text.foundHeader(), text.closedHeader(), text.rateHeader(),
                text.overdueHeader(), text.recheckDueHeader(), text.recheckOnTimeHeader()));
        board.trendWeeks().forEach(w -> headers.add(text.rateHeader() + " " + w));
        SheetWriter sheet = book.sheet(text.pick("汇总", "Summary"), headers.toArray(String[]::new));
        for (Scoreboard.Line line : content.lines()) {
            ProjectFigures f = line.figures();
            sheet.row(summaryRow(f.projectCode(), f.projectName(), line));
        }
        if (content.companyTotal()) {
            sheet.row(summaryRow(text.company(), null, board.total()));
        }
        CloseoutWeek week = board.week();
        CloseoutRules rules = week.rules();
        sheet.blank();
        sheet.row(text.pick("周次", "Week"), week.toString());
        sheet.row(text.pick("起止日期", "Dates"), week.monday(), week.sunday());
        sheet.row(text.pick("截至日期", "As of"), week.asOf());
        sheet.row(text.pick("项目范围", "Projects"), content.projects().isEmpty()
                ? text.pick("全部项目", "all projects") : String.join(", ", content.projects()));
        sheet.row(text.pick("周巡销项期限（天）", "Close within (days)"), rules.closeWithinDays());
        sheet.row(text.pick("日巡复查期限（天）", "Re-check within (days)"), rules.recheckWithinDays());
        sheet.row(text.pick("趋势：每周按同样规则，截至该周之后同样天数计算", "Trend: each week by the same rules, "
                + "as of the same number of days after it"));
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

    private static String[] issueHeaders(CloseoutText text, String... more) {
        List<String> headers = new ArrayList<>(List.of(text.pick("项目编码", "Project code"),
                text.pick("问题编号", "Issue no"), text.pick("发现日期", "Found on"), text.pick("片区", "Zone"),
                text.pick("位置", "Location"), text.pick("问题分类", "Category"),
                text.pick("问题描述", "Description"), text.pick("责任部门", "Department"),
                text.pick("责任人", "Owner"), text.pick("责任人工号", "Owner staff no")));
        headers.addAll(List.of(more));
        return headers.toArray(String[]::new);
    }

    private static List<Object> issueCells(PatrolIssueRow issue, CloseoutText text) {
        // Arrays.asList keeps nulls: an empty optional cell stays a blank cell.
        return new ArrayList<>(Arrays.asList(issue.projectCode(), issue.issueNo(), issue.foundOn(), issue.zone(),
                issue.location(), text.category(issue.category()), issue.description(), issue.department(),
                issue.owner(), issue.ownerStaffNo()));
    }

    private void found(ReportWorkbook book, IssueQuery query, CloseoutWeek week, CloseoutText text) {
        SheetWriter sheet = book.sheet(text.pick("本周发现", "Found this week"), issueHeaders(text,
                text.pick("状态", "Status"), text.pick("销项期限", "Close by"),
                text.pick("销项日期", "Closed on"), text.pick("截至日期情况", "As of")));
        CloseoutRules rules = week.rules();
        mapper.foundIssues(query, context -> {
            PatrolIssueRow issue = context.getResultObject();
            List<Object> cells = issueCells(issue, text);
            cells.add(text.status(issue.status()));
            cells.add(rules.closeDeadline(issue.foundOn()));
            cells.add(issue.closedOn());
            cells.add(text.closeoutState(rules.closeoutState(issue.foundOn(), issue.isClosed(), issue.closedOn(),
                    week.asOf())));
            sheet.row(cells.toArray());
        });
    }

    private void closed(ReportWorkbook book, IssueQuery query, CloseoutRules rules, CloseoutText text) {
        SheetWriter sheet = book.sheet(text.pick("已销项", "Closed"), issueHeaders(text,
                text.pick("销项期限", "Close by"), text.pick("销项日期", "Closed on"),
                text.pick("用时（天）", "Days taken"), text.pick("逾期销项", "Closed late")));
        mapper.closedIssues(query, context -> {
            PatrolIssueRow issue = context.getResultObject();
            List<Object> cells = issueCells(issue, text);
            cells.add(rules.closeDeadline(issue.foundOn()));
            cells.add(issue.closedOn());
            cells.add(ChronoUnit.DAYS.between(issue.foundOn(), issue.closedOn()));
            cells.add(rules.closedLate(issue.foundOn(), issue.closedOn())
                    ? text.closeoutState(CloseoutState.CLOSED_LATE) : null);
            sheet.row(cells.toArray());
        });
    }

    private void overdue(ReportWorkbook book, IssueQuery query, CloseoutWeek week, CloseoutText text) {
        SheetWriter sheet = book.sheet(text.pick("逾期未销项", "Overdue"), issueHeaders(text,
                text.pick("状态", "Status"), text.pick("销项期限", "Close by"),
                text.pick("逾期天数", "Days overdue")));
        CloseoutRules rules = week.rules();
        mapper.overdueIssues(query, context -> {
            PatrolIssueRow issue = context.getResultObject();
            List<Object> cells = issueCells(issue, text);
            cells.add(text.status(issue.status()));
            cells.add(rules.closeDeadline(issue.foundOn()));
            cells.add(rules.daysOverdue(issue.foundOn(), week.asOf()));
            sheet.row(cells.toArray());
        });
    }

    private void rechecks(ReportWorkbook book, IssueQuery query, CloseoutWeek week, CloseoutText text) {
        SheetWriter sheet = book.sheet(text.pick("日巡复查未按时", "Re-checks not on time"), issueHeaders(text,
                text.pick("复查期限", "Re-check by"), text.pick("复查日期", "Re-checked on"),
                text.pick("情况", "State"), text.pick("超期天数", "Days late")));
        CloseoutRules rules = week.rules();
        mapper.recheckMisses(query, context -> {
            PatrolIssueRow issue = context.getResultObject();
            List<Object> cells = issueCells(issue, text);
            cells.add(rules.recheckDeadline(issue.foundOn()));
            cells.add(issue.recheckedOn());
            cells.add(text.recheckState(rules.recheckState(issue.foundOn(), issue.recheckedOn(), week.asOf())));
            cells.add(rules.recheckDaysLate(issue.foundOn(), issue.recheckedOn(), week.asOf()));
            sheet.row(cells.toArray());
        });
    }

    private void categories(ReportWorkbook book, IssueQuery query, boolean companyTotal, CloseoutText text) {
        SheetWriter sheet = book.sheet(text.pick("分类统计", "By category"), text.pick("项目编码", "Project code"),
                text.pick("问题分类", "Category"), text.foundHeader(), text.closedHeader(), text.rateHeader(),
                text.overdueHeader(), text.recheckDueHeader(), text.recheckOnTimeHeader());
        Comparator<PatrolCategory> categoryOrder = Comparator.nullsLast(Comparator.naturalOrder());
        List<CategoryFigures> rows = new ArrayList<>(mapper.categoryFigures(query));
        rows.sort(Comparator.comparing(CategoryFigures::projectCode)
                .thenComparing(CategoryFigures::category, categoryOrder));
        Map<PatrolCategory, long[]> totals = new LinkedHashMap<>();
        for (CategoryFigures row : rows) {
            sheet.row(row.projectCode(), text.category(row.category()), row.found(), row.closed(),
                    new Share(RunOutputs.rate(row.closed(), row.found())), row.overdue(), row.recheckDue(),
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
                sheet.row(text.company(), text.category(category), sum[0], sum[1],
                        new Share(RunOutputs.rate(sum[1], sum[0])), sum[2], sum[3], sum[4]);
            }
        }
    }

    private void dataIssues(ReportWorkbook book, String runKey, CloseoutText text) {
        SheetWriter sheet = book.sheet(text.pick("数据问题", "Data issues"), text.pick("文件", "File"),
                text.pick("工作表", "Sheet"), text.pick("行号", "Row"), text.pick("列", "Column"),
                text.pick("值", "Value"), text.pick("原因", "Reason"), text.pick("整行跳过", "Row skipped"));
        mapper.dataIssues(runKey, context -> {
            DataIssueLine issue = context.getResultObject();
            String value = PHONE_COLUMN.equals(issue.columnName()) ? PhoneMask.mask(issue.cellValue())
                    : issue.cellValue();
            sheet.row(issue.fileName(), issue.sheet(), issue.rowNo(), issue.columnName(), value,
                    issue.reason(), text.yesNo(issue.rowSkipped()));
        });
    }
}
