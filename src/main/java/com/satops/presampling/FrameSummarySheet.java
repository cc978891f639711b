package com.satops.presampling;

import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import com.satops.common.run.RunParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's first sheet: what the run was asked, its figures under their
 * run-summary names, one line per project, and how the frame moved since last month.
 */
final class FrameSummarySheet {

    private final ReportLocale locale;

    FrameSummarySheet(ReportLocale locale) {
        this.locale = locale;
    }

    void write(ReportWorkbook book, RunParameters run, FrameQuery query, List<ProjectSummary> projects,
               List<DiffCount> diff, long dataIssues) {
        SheetWriter sheet = book.sheet(locale.pick("汇总", "Summary"));
        FrameFigures figures = FrameFigures.of(projects);
        sheet.row(locale.pick("抽样前清洗", "Pre-sampling clean-up"));
        sheet.row(locale.pick("调查月份", "Survey month"), run.month().toString());
        sheet.row(locale.pick("截止日期", "As of"), run.asOf());
        sheet.row(locale.pick("项目范围", "Projects"), run.projects().isEmpty()
                ? locale.pick("全部项目", "all projects") : String.join(", ", run.projects()));
        sheet.row(locale.pick("对比抽样框", "Compared with"), comparedWith(query));
        sheet.blank();

        sheet.row(locale.pick("指标", "Figure"), locale.pick("运行摘要名称", "Run summary name"),
                locale.pick("数值", "Value"));
        sheet.row(locale.pick("户数", "Households"), "households", figures.households());
        for (FrameOutcome outcome : List.of(FrameOutcome.ELIGIBLE, FrameOutcome.NOT_DELIVERED,
                FrameOutcome.NOT_OCCUPIED, FrameOutcome.BLACK)) {
            sheet.row(outcomeTitle(outcome), outcome.figure(), figures.count(outcome));
        }
        sheet.row(locale.pick("客户类别变更", "Class changes"), "classChanges", figures.classChanges());
        sheet.row(locale.pick("房屋状态变更", "Status changes"), "statusChanges", figures.statusChanges());
        sheet.row(locale.pick("数据问题", "Data issues"), null, dataIssues);
        long missing = projects.stream().mapToLong(ProjectSummary::missingFromRoster).sum();
        sheet.row(locale.pick("不在最新台账", "Missing from latest roster"), null, missing);
        sheet.row(locale.pick("进入抽样框", "Entered the frame"), null, moved(diff, true));
        sheet.row(locale.pick("退出抽样框", "Left the frame"), null, moved(diff, false));
        sheet.blank();

        projectTable(sheet, projects, diff, figures, missing);
        sheet.blank();
        diffTable(sheet, diff);
    }

    private String comparedWith(FrameQuery query) {
        if (query.comparedProjects().isEmpty()) {
            return locale.pick(query.previousMonth() + " 无抽样框，不作比较",
                    "no frame of " + query.previousMonth() + " to compare with");
        }
        return locale.pick(query.previousMonth() + " 抽样框（" + String.join(", ", query.comparedProjects()) + "）",
                "the " + query.previousMonth() + " frame (" + String.join(", ", query.comparedProjects()) + ")");
    }

    private String outcomeTitle(FrameOutcome outcome) {
        return outcome == FrameOutcome.ELIGIBLE
                ? locale.pick("可抽样", "Eligible")
                : locale.pick("排除：", "Excluded: ") + CodeText.of(locale, outcome);
    }

    private void projectTable(SheetWriter sheet, List<ProjectSummary> projects, List<DiffCount> diff,
                              FrameFigures total, long missing) {
        sheet.row(locale.pick("项目编码", "Project"), locale.pick("项目名称", "Project name"),
                locale.pick("户数", "Households"), outcomeTitle(FrameOutcome.ELIGIBLE),
                outcomeTitle(FrameOutcome.NOT_DELIVERED), outcomeTitle(FrameOutcome.NOT_OCCUPIED),
                outcomeTitle(FrameOutcome.BLACK), locale.pick("客户类别变更", "Class changes"),
                locale.pick("房屋状态变更", "Status changes"), locale.pick("不在最新台账", "Missing from latest roster"),
                locale.pick("进入抽样框", "Entered the frame"), locale.pick("退出抽样框", "Left the frame"));
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
        sheet.row(locale.pick("合计", "Total"), null, total.households(), total.eligible(), total.notDelivered(),
                total.notOccupied(), total.black(), total.classChanges(), total.statusChanges(), missing,
                moved(diff, true), moved(diff, false));
    }

    private void diffTable(SheetWriter sheet, List<DiffCount> diff) {
        sheet.row(locale.pick("与上月抽样框比较", "Compared with last month's frame"));
        sheet.row(locale.pick("项目编码", "Project"), locale.pick("变化", "Change"), locale.pick("原因", "Why"),
                locale.pick("户数", "Households"));
        for (DiffCount count : diff) {
            sheet.row(count.projectCode(), DiffReason.direction(locale, count.entered()), DiffReason.of(locale, count),
                    count.households());
        }
    }

    private static long moved(List<DiffCount> diff, boolean entered) {
        return diff.stream().filter(c -> c.entered() == entered).mapToLong(DiffCount::households).sum();
    }
}
