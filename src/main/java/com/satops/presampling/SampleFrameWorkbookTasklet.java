package com.satops.presampling;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.report.Column;
import com.satops.common.report.DataIssueRow;
import com.satops.common.report.DataIssueSheet;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportText;
import com.satops.common.report.ReportTexts;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import com.satops.common.run.RunOutputLog;
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
 * quality and the data issues. Every listing streams from a cursor into SXSSF, the
 * two long ones project by project ({@link ProjectByProject}).
 */
class SampleFrameWorkbookTasklet implements Tasklet {

    private final SampleFrameMapper frames;
    private final FrameReportMapper listings;
    private final Set<OccupancyStatus> occupied;
    private final Path home;
    private final ReportTexts texts;
    private final RunOutputLog outputs;

    SampleFrameWorkbookTasklet(SampleFrameMapper frames, FrameReportMapper listings, Set<OccupancyStatus> occupied,
                               Path home, ReportTexts texts, RunOutputLog outputs) {
        this.frames = frames;
        this.listings = listings;
        this.occupied = occupied;
        this.home = home;
        this.texts = texts;
        this.outputs = outputs;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        FrameRun run = FrameRun.of(contribution, occupied);
        ReportText text = texts.of(run.locale());
        FrameQuery query = run.query().comparedWith(frames.projectsWithPreviousFrame(run.query()));
        List<DiffCount> diff = query.comparedProjects().isEmpty() ? List.of() : frames.diffCounts(query);
        Path target = FramePaths.workbook(home, run.parameters());
        try (ReportWorkbook book = ReportWorkbook.cellsOnly(target, text, pageTitle(text, run))) {
            new FrameSummarySheet(text).write(book, run.parameters(), query, frames.projectSummaries(query), diff,
                    frames.countDataIssues(query));
            eligible(book, text, query);
            excluded(book, text, query);
            changes(book, text, query);
            frameDiff(book, text, query);
            missingFromRoster(book, text, query);
            joinQuality(book, text, query);
            dataIssues(book, query);
            book.save();
        }
        outputs.report(run.execution(), target);
        return RepeatStatus.FINISHED;
    }

    private static String pageTitle(ReportText text, FrameRun run) {
        String projects = run.parameters().projects().isEmpty() ? text.get("allProjects")
                : String.join(", ", run.parameters().projects());
        return text.get("frame.title") + " · " + run.parameters().month() + " · " + projects;
    }

    private void eligible(ReportWorkbook book, ReportText text, FrameQuery query) {
        ReportLocale locale = text.locale();
        try (ListingSheet sheet = new ListingSheet(book, text.get("frame.eligible"),
                project(text), projectName(text), room(text), zone(text), owner(text), phone(text),
                Column.text(text.get("col.customerClass")))) {
            ProjectByProject.read(frames, query, project -> listings.eligible(project, result -> {
                EligibleRow row = result.getResultObject();
                sheet.row(row.projectCode(), row.projectName(), row.roomKey(), row.zone(), row.ownerName(),
                        masked(row.phone()), CodeText.customerClass(locale, row.customerClass()));
            }));
            sheet.done();
        }
    }

    private void excluded(ReportWorkbook book, ReportText text, FrameQuery query) {
        ReportLocale locale = text.locale();
        try (ListingSheet sheet = new ListingSheet(book, text.get("frame.excluded"),
                project(text), projectName(text), room(text), zone(text), owner(text), phone(text),
                Column.text(text.get("frame.reason")), Column.text(text.get("frame.evidence")),
                Column.text(text.get("frame.sourceFile")), Column.text(text.get("col.sheet")),
                Column.count(text.get("col.row")), Column.date(text.get("col.effectiveOn")))) {
            ProjectByProject.read(frames, query, project -> listings.excluded(project, result -> {
                FrameRow row = result.getResultObject();
                Evidence evidence = Evidence.of(row);
                sheet.row(row.projectCode(), row.projectName(), row.roomKey(), row.zone(), row.ownerName(),
                        masked(row.phone()), CodeText.of(locale, row.outcome()), evidence.text(text),
                        evidence.fileName(), evidence.sheet(), evidence.rowNo(), evidence.on());
            }));
            sheet.done();
        }
    }

    private void changes(ReportWorkbook book, ReportText text, FrameQuery query) {
        ReportLocale locale = text.locale();
        try (ListingSheet sheet = new ListingSheet(book, text.get("frame.changes"),
                project(text), room(text), Column.text(text.get("frame.field")), Column.text(text.get("frame.from")),
                Column.text(text.get("frame.to")), Column.date(text.get("col.effectiveOn")),
                Column.text(text.get("col.file")), Column.count(text.get("col.row")),
                Column.text(text.get("frame.byAsOf")))) {
            listings.changes(query, result -> {
                ChangeRow row = result.getResultObject();
                sheet.row(row.projectCode(), row.roomKey(), CodeText.field(text, row.field()),
                        CodeText.fieldValue(locale, row.field(), row.fromValue()),
                        CodeText.fieldValue(locale, row.field(), row.toValue()), row.changedOn(), row.fileName(),
                        row.rowNo(), !row.changedOn().isAfter(query.asOf()));
            });
            sheet.done();
        }
    }

    private void frameDiff(ReportWorkbook book, ReportText text, FrameQuery query) {
        ReportLocale locale = text.locale();
        try (ListingSheet sheet = new ListingSheet(book, text.get("frame.diff"),
                project(text), room(text), zone(text), Column.text(text.get("frame.change")),
                Column.text(text.get("frame.lastMonth")), Column.text(text.get("frame.thisMonth")),
                Column.longText(text.get("frame.why")))) {
            if (!query.comparedProjects().isEmpty()) {
                listings.diff(query, result -> {
                    FrameRow row = result.getResultObject();
                    boolean entered = row.outcome() == FrameOutcome.ELIGIBLE;
                    sheet.row(row.projectCode(), row.roomKey(), row.zone(), DiffReason.direction(text, entered),
                            CodeText.of(locale, row.previousOutcome()), CodeText.of(locale, row.outcome()),
                            DiffReason.of(text, row));
                });
            }
            sheet.done();
        }
    }

    private void missingFromRoster(ReportWorkbook book, ReportText text, FrameQuery query) {
        ReportLocale locale = text.locale();
        try (ListingSheet sheet = new ListingSheet(book, text.get("frame.missing"),
                project(text), projectName(text), room(text), zone(text), owner(text), phone(text),
                Column.text(text.get("frame.lastListedIn")), Column.date(text.get("frame.listedOn")),
                Column.text(text.get("frame.latestRoster")), Column.text(text.get("frame.thisMonth")))) {
            listings.missingFromRoster(query, result -> {
                MissingRow row = result.getResultObject();
                sheet.row(row.projectCode(), row.projectName(), row.roomKey(), row.zone(), row.ownerName(),
                        masked(row.phone()), row.lastRosterFile(), row.lastRosterOn(), row.latestRosterFile(),
                        CodeText.of(locale, row.outcome()));
            });
            sheet.done();
        }
    }

    /**
     * Two tables on one sheet: CRM rows no roster can place (the CRM files' unknown
     * household / project issues), then households whose class changed more than
     * once this month up to the as-of date, one line each with the whole sequence.
     */
    private void joinQuality(ReportWorkbook book, ReportText text, FrameQuery query) {
        SheetWriter sheet = book.summarySheet(text.get("frame.joinQuality"));
        sheet.title(text.get("frame.unknownCrm"));
        sheet.table(Column.text(text.get("issues.file")), Column.text(text.get("issues.worksheet")),
                Column.count(text.get("issues.row")), Column.text(text.get("issues.column")),
                Column.text(text.get("issues.value")), Column.longText(text.get("issues.reason")),
                Column.text(text.get("issues.skipped")));
        listings.unknownCrmHouseholds(query, result -> {
            DataIssueRow issue = result.getResultObject();
            sheet.row(issue.fileName(), issue.sheet(), issue.rowNo(), issue.columnName(), issue.cellValue(),
                    text.dataIssueReason(issue), issue.rowSkipped());
        });
        sheet.blank();
        sheet.title(text.get("frame.repeatedChanges", query.monthStart(), query.asOf()));
        sheet.table(project(text), room(text), Column.count(text.get("frame.changeCount")),
                Column.longText(text.get("frame.history")));
        List<ClassChangeRow> household = new ArrayList<>();
        listings.repeatedClassChanges(query, result -> {
            ClassChangeRow change = result.getResultObject();
            if (!household.isEmpty() && !change.sameHousehold(household.get(0))) {
                writeHistory(sheet, text, household);
            }
            household.add(change);
        });
        writeHistory(sheet, text, household);
    }

    private static void writeHistory(SheetWriter sheet, ReportText text, List<ClassChangeRow> changes) {
        if (changes.isEmpty()) {
            return;
        }
        ClassChangeRow first = changes.get(0);
        sheet.row(first.projectCode(), first.roomKey(), changes.size(), ClassHistoryText.of(text, changes));
        changes.clear();
    }

    private void dataIssues(ReportWorkbook book, FrameQuery query) {
        DataIssueSheet sheet = DataIssueSheet.open(book);
        listings.dataIssues(query, result -> sheet.add(result.getResultObject()));
    }

    private static String masked(String phone) {
        String masked = PhoneMask.mask(phone);
        return masked.isEmpty() ? null : masked;
    }

    private static Column project(ReportText text) {
        return Column.code(text.get("col.project"));
    }

    private static Column projectName(ReportText text) {
        return Column.text(text.get("col.projectName"));
    }

    private static Column room(ReportText text) {
        return Column.code(text.get("col.room"));
    }

    private static Column zone(ReportText text) {
        return Column.text(text.get("col.zone"));
    }

    private static Column owner(ReportText text) {
        return Column.text(text.get("col.owner"));
    }

    private static Column phone(ReportText text) {
        return Column.code(text.get("col.phone"));
    }
}
