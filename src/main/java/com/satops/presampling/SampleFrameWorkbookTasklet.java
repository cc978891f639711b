package com.satops.presampling;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import com.satops.common.run.RunOutputs;
import com.satops.common.text.PhoneMask;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes {@code presampling-cleanup-<month>.xlsx}: the summary first, then the
 * eligible frame, the excluded households with their evidence, this run's
 * changes, the frame diff, households missing from the roster, the ERP–CRM join
 * quality and the data issues. Every listing streams from a cursor into SXSSF.
 */
class SampleFrameWorkbookTasklet implements Tasklet {

    private final SampleFrameMapper frames;
    private final FrameReportMapper listings;
    private final Set<OccupancyStatus> occupied;
    private final Path home;

    SampleFrameWorkbookTasklet(SampleFrameMapper frames, FrameReportMapper listings, Set<OccupancyStatus> occupied,
                               Path home) {
        this.frames = frames;
        this.listings = listings;
        this.occupied = occupied;
        this.home = home;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FrameRun run = FrameRun.of(contribution, occupied);
        ReportLocale locale = run.locale();
        FrameQuery query = run.query().comparedWith(frames.projectsWithPreviousFrame(run.query()));
        List<DiffCount> diff = query.comparedProjects().isEmpty() ? List.of() : frames.diffCounts(query);
        Path target = FramePaths.workbook(home, run.parameters());
        try (ReportWorkbook book = ReportWorkbook.create(target)) {
            new FrameSummarySheet(locale).write(book, run.parameters(), query, frames.projectSummaries(query), diff,
                    frames.countDataIssues(query));
            eligible(book, locale, query);
            excluded(book, locale, query);
            changes(book, locale, query);
            frameDiff(book, locale, query);
            missingFromRoster(book, locale, query);
            joinQuality(book, locale, query);
            dataIssues(book, locale, query);
            book.save();
        }
        RunOutputs.addReport(run.execution(), FramePaths.relative(home, target));
        return RepeatStatus.FINISHED;
    }

    private void eligible(ReportWorkbook book, ReportLocale locale, FrameQuery query) {
        ListingSheet sheet = new ListingSheet(book, locale.pick("可抽样", "Eligible"),
                project(locale), projectName(locale), room(locale), zone(locale), owner(locale), phone(locale),
                locale.pick("客户类别", "Customer class"));
        listings.eligible(query, result -> {
            EligibleRow row = result.getResultObject();
            sheet.row(row.projectCode(), row.projectName(), row.roomKey(), row.zone(), row.ownerName(),
                    masked(row.phone()), CodeText.customerClass(locale, row.customerClass()));
        });
        sheet.done();
    }

    private void excluded(ReportWorkbook book, ReportLocale locale, FrameQuery query) {
        ListingSheet sheet = new ListingSheet(book, locale.pick("已排除", "Excluded"),
                project(locale), projectName(locale), room(locale), zone(locale), owner(locale), phone(locale),
                locale.pick("排除原因", "Reason"), locale.pick("依据", "Evidence"),
                locale.pick("依据文件", "Source file"), locale.pick("工作表", "Sheet"), locale.pick("行号", "Row"),
                locale.pick("生效日期", "Effective on"));
        listings.excluded(query, result -> {
            FrameRow row = result.getResultObject();
            Evidence evidence = Evidence.of(row);
            sheet.row(row.projectCode(), row.projectName(), row.roomKey(), row.zone(), row.ownerName(),
                    masked(row.phone()), CodeText.of(locale, row.outcome()), evidence.text(locale),
                    evidence.fileName(), evidence.sheet(), evidence.rowNo(), evidence.on());
        });
        sheet.done();
    }

    private void changes(ReportWorkbook book, ReportLocale locale, FrameQuery query) {
        ListingSheet sheet = new ListingSheet(book, locale.pick("本次变更", "Changes"),
                project(locale), room(locale), locale.pick("变更项", "Field"), locale.pick("原值", "From"),
                locale.pick("新值", "To"), locale.pick("生效日期", "Effective on"), locale.pick("文件", "File"),
                locale.pick("行号", "Row"), locale.pick("截止日期前生效", "By the as-of date"));
        listings.changes(query, result -> {
            ChangeRow row = result.getResultObject();
            sheet.row(row.projectCode(), row.roomKey(), CodeText.field(locale, row.field()),
                    CodeText.fieldValue(locale, row.field(), row.fromValue()),
                    CodeText.fieldValue(locale, row.field(), row.toValue()), row.changedOn(), row.fileName(),
                    row.rowNo(), CodeText.yesNo(locale, !row.changedOn().isAfter(query.asOf())));
        });
        sheet.done();
    }

    private void frameDiff(ReportWorkbook book, ReportLocale locale, FrameQuery query) {
        ListingSheet sheet = new ListingSheet(book, locale.pick("抽样框变化", "Frame diff"),
                project(locale), room(locale), zone(locale), locale.pick("变化", "Change"),
                locale.pick("上月结果", "Last month"), locale.pick("本月结果", "This month"),
                locale.pick("原因", "Why"));
        if (!query.comparedProjects().isEmpty()) {
            listings.diff(query, result -> {
                FrameRow row = result.getResultObject();
                boolean entered = row.outcome() == FrameOutcome.ELIGIBLE;
                sheet.row(row.projectCode(), row.roomKey(), row.zone(), DiffReason.direction(locale, entered),
                        CodeText.of(locale, row.previousOutcome()), CodeText.of(locale, row.outcome()),
                        DiffReason.of(locale, row));
            });
        }
        sheet.done();
    }

    private void missingFromRoster(ReportWorkbook book, ReportLocale locale, FrameQuery query) {
        ListingSheet sheet = new ListingSheet(book, locale.pick("不在最新台账", "Missing from roster"),
                project(locale), projectName(locale), room(locale), zone(locale), owner(locale), phone(locale),
                locale.pick("最后列入的台账", "Last listed in"), locale.pick("该台账日期", "Listed on"),
                locale.pick("项目最新台账", "Latest roster"), locale.pick("本月结果", "This month"));
        listings.missingFromRoster(query, result -> {
            MissingRow row = result.getResultObject();
            sheet.row(row.projectCode(), row.projectName(), row.roomKey(), row.zone(), row.ownerName(),
                    masked(row.phone()), row.lastRosterFile(), row.lastRosterOn(), row.latestRosterFile(),
                    CodeText.of(locale, row.outcome()));
        });
        sheet.done();
    }

    /**
     * Two tables on one sheet: CRM rows no roster can place (the CRM files' unknown
     * household / project issues), then households whose class changed more than
     * once this month up to the as-of date, one line each with the whole sequence.
     */
    private void joinQuality(ReportWorkbook book, ReportLocale locale, FrameQuery query) {
        SheetWriter sheet = book.sheet(locale.pick("台账与CRM匹配", "ERP-CRM matching"));
        sheet.row(locale.pick("CRM 中台账没有的房屋或项目", "CRM rows for households or projects no roster lists"));
        sheet.row(issueHeaders(locale));
        listings.unknownCrmHouseholds(query, result -> sheet.row(issueCells(locale, result.getResultObject())));
        sheet.blank();
        sheet.row(locale.pick("本月客户类别多次变更（" + query.monthStart() + " 至 " + query.asOf() + "）",
                "Households whose class changed more than once from " + query.monthStart() + " to " + query.asOf()));
        sheet.row(project(locale), room(locale), locale.pick("变更次数", "Changes"), locale.pick("经过", "History"));
        List<ClassChangeRow> household = new ArrayList<>();
        listings.repeatedClassChanges(query, result -> {
            ClassChangeRow change = result.getResultObject();
            if (!household.isEmpty() && !change.sameHousehold(household.get(0))) {
                writeHistory(sheet, locale, household);
            }
            household.add(change);
        });
        writeHistory(sheet, locale, household);
    }

    private static void writeHistory(SheetWriter sheet, ReportLocale locale, List<ClassChangeRow> changes) {
        if (changes.isEmpty()) {
            return;
        }
        ClassChangeRow first = changes.get(0);
        sheet.row(first.projectCode(), first.roomKey(), changes.size(), ClassHistoryText.of(locale, changes));
        changes.clear();
    }

    private void dataIssues(ReportWorkbook book, ReportLocale locale, FrameQuery query) {
        ListingSheet sheet = new ListingSheet(book, locale.pick("数据问题", "Data issues"), issueHeaders(locale));
        listings.dataIssues(query, result -> sheet.row(issueCells(locale, result.getResultObject())));
        sheet.done();
    }

    private static String[] issueHeaders(ReportLocale locale) {
        return new String[] {locale.pick("文件", "File"), locale.pick("工作表", "Sheet"), locale.pick("行号", "Row"),
                locale.pick("列", "Column"), locale.pick("值", "Value"), locale.pick("原因", "Reason"),
                locale.pick("整行跳过", "Row skipped")};
    }

    private static Object[] issueCells(ReportLocale locale, IssueRow issue) {
        return new Object[] {issue.fileName(), issue.sheet(), issue.rowNo(), issue.columnName(), issue.cellValue(),
                issue.reason(), CodeText.yesNo(locale, issue.rowSkipped())};
    }

    private static String masked(String phone) {
        String masked = PhoneMask.mask(phone);
        return masked.isEmpty() ? null : masked;
    }

    private static String project(ReportLocale locale) {
        return locale.pick("项目编码", "Project");
    }

    private static String projectName(ReportLocale locale) {
        return locale.pick("项目名称", "Project name");
    }

    private static String room(ReportLocale locale) {
        return locale.pick("房号", "Room");
    }

    private static String zone(ReportLocale locale) {
        return locale.pick("片区", "Zone");
    }

    private static String owner(ReportLocale locale) {
        return locale.pick("业主姓名", "Owner");
    }

    private static String phone(ReportLocale locale) {
        return locale.pick("联系电话", "Phone");
    }
}
