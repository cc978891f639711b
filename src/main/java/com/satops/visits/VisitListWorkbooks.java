package com.satops.visits;

import com.satops.common.domain.StaffRole;
import com.satops.common.report.Column;
import com.satops.common.report.DataIssueListingMapper;
import com.satops.common.report.DataIssueRow;
import com.satops.common.report.DataIssueSheet;
import com.satops.common.report.ReportPaths;
import com.satops.common.report.ReportText;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import com.satops.common.report.UnmailedStaff;
import com.satops.common.report.UnmailedStaffTable;
import com.satops.common.text.NaturalOrder;
import com.satops.common.text.PhoneMask;
import com.satops.common.text.ScoreValues;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a project's visit lists: the project workbook (summary, then one sheet
 * per person, then the project's data issues) and a workbook per person with their
 * own list, the one their mail carries. A list sheet starts with the visits input
 * columns (任务编号 … 业主诉求, the result columns blank), so a filled-in workbook
 * dropped into inbox/visits/ is read back as visit results; summary and
 * data-issue sheets hold no 任务编号 column and are passed over.
 */
public class VisitListWorkbooks {

    public static final String JOB = "visit-assignment";

    /** Project managers first, then department heads, then stewards; by 工号 within a role. */
    private static final Comparator<StaffRow> ROSTER_ORDER = Comparator
            .comparing((StaffRow s) -> roleRank(s.role()))
            .thenComparing(StaffRow::staffNo, NaturalOrder.INSTANCE);

    /**
     * The most data issues of a project held to be listed in each of its workbooks; a project with more reads
     * them again for each.
     */
    private static final int ISSUES_HELD = 20_000;

    private final VisitAssignmentMapper mapper;
    private final DataIssueListingMapper issues;
    private final Path home;
    private final boolean unmaskPhones;

    /** A person's list this month; {@code workbook} is null when they got nothing. */
    public record PersonList(StaffRow person, StaffCount count, Path workbook) {

        /** Has a list to send but no address to send it to. */
        public boolean unmailed() {
            return workbook != null && (person.email() == null || person.email().isBlank());
        }
    }

    public record ProjectLists(String projectCode, String projectName, Path workbook, List<PersonList> people) {
    }

    public VisitListWorkbooks(VisitAssignmentMapper mapper, DataIssueListingMapper issues, Path home,
                              boolean unmaskPhones) {
        this.mapper = mapper;
        this.issues = issues;
        this.home = home;
        this.unmaskPhones = unmaskPhones;
    }

    public ProjectLists write(String projectCode, VisitMonth month, LocalDate asOf, ReportText text,
                              String runKey) {
        String period = month.toString();
        ProjectTally tally = mapper.projectTally(period, projectCode);
        if (tally == null) {
            throw new IllegalStateException("no decided month " + period + " for project " + projectCode);
        }
        String projectName = mapper.projectName(projectCode);
        List<ZoneTally> zones = mapper.zoneTallies(period, projectCode).stream()
                .sorted(Comparator.comparing(ZoneTally::zone, NaturalOrder.INSTANCE)).toList();
        List<StaffRow> roster = mapper.staffOfProject(projectCode).stream().sorted(ROSTER_ORDER).toList();
        Map<String, StaffCount> counts = mapper.staffCounts(period, projectCode).stream()
                .collect(Collectors.toMap(StaffCount::staffNo, Function.identity()));
        Map<String, Long> visited = mapper.staffVisitsInQuarter(projectCode, month.quarterStart(), month.firstDay())
                .stream().collect(Collectors.toMap(StaffVisits::staffNo, StaffVisits::visited));

        List<PersonList> people = new ArrayList<>();
        for (StaffRow person : roster) {
            StaffCount count = counts.getOrDefault(person.staffNo(), new StaffCount(person.staffNo(), 0, 0, 0, 0));
            Path own = count.assigned() == 0 ? null : personalWorkbook(period, projectCode, person.staffNo(), text);
            people.add(new PersonList(person, count, own));
        }

        ProjectIssues projectIssues = new ProjectIssues(runKey, projectCode);
        Path projectWorkbook = ReportPaths.workbook(home, JOB, period, projectCode, text.locale());
        String pageTitle = pageTitle(projectCode, projectName, period);
        try (ReportWorkbook book = ReportWorkbook.cellsOnly(projectWorkbook, text, pageTitle)) {
            writeSummary(book.summarySheet(text.get("summary")), projectCode, projectName, month, asOf, tally,
                    zones, people, visited, text);
            writeLists(book, people, projectCode, projectName, month, text, projectIssues);
            projectIssues.write(book);
            book.save();
        }
        return new ProjectLists(projectCode, projectName, projectWorkbook, people);
    }

    private static String pageTitle(String projectCode, String projectName, String period) {
        return (projectName == null ? projectCode : projectName + " " + projectCode) + " · " + period;
    }

    /** {@code reports/<month>/visit-assignment-<month>-<project>-<工号>[.<locale>].xlsx}. */
    Path personalWorkbook(String period, String projectCode, String staffNo, ReportText text) {
        return ReportPaths.file(home, period, ReportPaths.baseName(JOB, period, projectCode) + "-" + fileSafe(staffNo),
                "xlsx", text.locale());
    }

    private void writeSummary(SheetWriter sheet, String projectCode, String projectName, VisitMonth month,
                              LocalDate asOf, ProjectTally tally, List<ZoneTally> zones, List<PersonList> people,
                              Map<String, Long> visited, ReportText t) {
        sheet.row(t.get("visits.project"), projectCode, projectName);
        sheet.row(t.get("visits.month"), month.toString());
        sheet.row(t.get("visits.quarter"), month.quarter());
        sheet.row(t.get("visits.asOf"), asOf);
        sheet.blank();
        sheet.table(Column.text(t.get("figure")), Column.count(t.get("value")), Column.code(t.get("figureKey")));
        sheet.row(t.get("visits.households"), tally.households(), "households");
        sheet.row(t.get("visits.assigned"), tally.assigned(), "assigned");
        sheet.row(t.get("visits.assignedSteward"), tally.assignedSteward(), "assigned.STEWARD");
        sheet.row(t.get("visits.assignedDeptHead"), tally.assignedDeptHead(), "assigned.DEPT_HEAD");
        sheet.row(t.get("visits.assignedManager"), tally.assignedProjectManager(), "assigned.PROJECT_MANAGER");
        sheet.row(t.get("visits.candidates"), tally.candidates());
        sheet.row(t.get("visits.quarterCovered"), tally.quarterCovered(), "quarterCovered");
        sheet.row(t.get("visits.quarterRemaining"), tally.quarterRemaining(), "quarterRemaining");
        sheet.row(t.get("visits.laterMonths"), tally.laterMonths());
        sheet.total(t.get("visits.shortfallForecast"), tally.shortfall(), "shortfall");
        sheet.blank();

        sheet.title(t.get("visits.people"));
        sheet.table(Column.code(t.get("col.staffNo")), Column.text(t.get("col.name")), Column.text(t.get("col.role")),
                Column.text(t.get("col.zone")), Column.text(t.get("visits.active")),
                Column.count(t.get("visits.quota")), Column.count(t.get("visits.assignedShort")),
                Column.count(t.get("visits.ofBlack")), Column.count(t.get("visits.ofLowScore")),
                Column.count(t.get("visits.ofCoverage")), Column.count(t.get("visits.visitedInQuarter")),
                Column.code(t.get("visits.ownList")));
        for (PersonList list : people) {
            StaffRow person = list.person();
            Assignee active = Assignee.fromRoster(person);
            sheet.row(person.staffNo(), person.staffName(), roleLabel(person.role(), t), person.zone(),
                    active != null, active == null ? null : active.quota(), list.count().assigned(),
                    list.count().black(), list.count().lowScore(), list.count().coverage(),
                    visited.getOrDefault(person.staffNo(), 0L),
                    list.workbook() == null ? null : list.workbook().getFileName().toString());
        }
        sheet.blank();

        unmailed(sheet, projectCode, people, t);

        int later = tally.laterMonths();
        sheet.title(t.get("visits.zones"));
        sheet.table(Column.text(t.get("col.zone")), Column.count(t.get("visits.activeStewards")),
                Column.count(t.get("visits.stewardQuota")), Column.count(t.get("visits.householdsShort")),
                Column.count(t.get("visits.covered")), Column.count(t.get("visits.candidatesShort")),
                Column.count(t.get("visits.assignedShort")), Column.count(t.get("visits.stillToCover")),
                Column.count(t.get("visits.stewardsReach")), Column.count(t.get("visits.leftForManagers")),
                Column.longText(t.get("visits.note")));
        long leftForManagers = 0;
        for (ZoneTally zone : zones) {
            long stewardsReach = Math.min(zone.quarterRemaining(), later * zone.stewardQuota());
            long left = zone.quarterRemaining() - stewardsReach;
            leftForManagers += left;
            sheet.row(zone.zone(), zone.activeStewards(), zone.stewardQuota(), zone.households(),
                    zone.quarterCovered(), zone.candidates(), zone.assigned(), zone.quarterRemaining(),
                    stewardsReach, left, zone.withoutSteward() ? t.get("visits.noStewardNote") : null);
        }
        sheet.blank();
        sheet.table(Column.text(t.get("figure")), Column.count(t.get("value")));
        sheet.row(t.get("visits.managersReach"), Math.min(leftForManagers, later * tally.managerQuota()));
        sheet.total(t.get("visits.shortfall"), tally.shortfall());
        sheet.blank();

        sheet.title(t.get("visits.zonesWithoutSteward"));
        List<ZoneTally> withoutSteward = zones.stream().filter(ZoneTally::withoutSteward).toList();
        if (withoutSteward.isEmpty()) {
            sheet.row(t.get("visits.none"));
            return;
        }
        sheet.table(Column.text(t.get("col.zone")), Column.count(t.get("visits.householdsShort")),
                Column.count(t.get("visits.candidatesShort")), Column.count(t.get("visits.assignedToManagers")),
                Column.count(t.get("visits.waitingForManagers")), Column.longText(t.get("visits.note")));
        for (ZoneTally zone : withoutSteward) {
            sheet.row(zone.zone(), zone.households(), zone.candidates(), zone.assigned(),
                    zone.candidates() - zone.assigned(), t.get("visits.noStewardNote"));
        }
    }

    /** Who has a list but no email address, so whoever prints the lists knows whom to hand one. */
    private static void unmailed(SheetWriter sheet, String projectCode, List<PersonList> people, ReportText t) {
        List<UnmailedStaffTable.Entry> unmailed = people.stream().filter(PersonList::unmailed)
                .map(list -> new UnmailedStaffTable.Entry(new UnmailedStaff(list.person().staffNo(),
                        list.person().staffName(), list.person().role(), projectCode),
                        list.workbook().getFileName().toString()))
                .toList();
        UnmailedStaffTable.write(sheet, t, unmailed);
    }

    /**
     * Each person's list, in a sheet of the project workbook (in roster order) and in their own
     * workbook, from one read of the project's lists: the rows come person by person, and each
     * person's go to both sheets as they come.
     */
    private void writeLists(ReportWorkbook projectBook, List<PersonList> people, String projectCode,
                            String projectName, VisitMonth month, ReportText t, ProjectIssues issues) {
        Column[] columns = listColumns(t);
        Map<String, PersonSheets> listed = new LinkedHashMap<>();
        for (PersonList list : people) {
            if (list.workbook() != null) {
                String sheetName = sheetName(list.person());
                listed.put(list.person().staffNo(), new PersonSheets(list, sheetName,
                        projectBook.listSheet(sheetName, columns)));
            }
        }
        PersonSheets[] current = new PersonSheets[1];
        try {
            mapper.assignmentLines(month.toString(), projectCode, context -> {
                AssignmentLine line = context.getResultObject();
                if (current[0] == null || !current[0].list.person().staffNo().equals(line.staffNo())) {
                    finish(current[0], t, issues);
                    current[0] = open(listed.remove(line.staffNo()), columns, projectCode, projectName, month, t);
                }
                if (current[0] != null) {
                    current[0].row(listRow(line, t));
                }
            });
            finish(current[0], t, issues);
            current[0] = null;
            // someone counted with a list whose rows were not there gets the list's workbook all the same
            for (PersonSheets sheets : List.copyOf(listed.values())) {
                current[0] = open(sheets, columns, projectCode, projectName, month, t);
                finish(current[0], t, issues);
                current[0] = null;
            }
        } finally {
            if (current[0] != null && current[0].own != null) {
                current[0].own.close();
            }
        }
    }

    /** A person's list sheet in the project workbook and their own workbook, while their rows come. */
    private static final class PersonSheets {

        private final PersonList list;
        private final String sheetName;
        private final SheetWriter inProject;
        private ReportWorkbook own;
        private SheetWriter inOwn;
        private int rows;

        PersonSheets(PersonList list, String sheetName, SheetWriter inProject) {
            this.list = list;
            this.sheetName = sheetName;
            this.inProject = inProject;
        }

        void row(Object[] values) {
            inProject.row(values);
            inOwn.row(values);
            rows++;
        }
    }

    /** Opens the person's own workbook at its list; null for rows of someone without a list. */
    private PersonSheets open(PersonSheets sheets, Column[] columns, String projectCode, String projectName,
                              VisitMonth month, ReportText t) {
        if (sheets == null) {
            return null;
        }
        String pageTitle = pageTitle(projectCode, projectName, month.toString()) + " · " + sheets.sheetName;
        ReportWorkbook own = ReportWorkbook.cellsOnly(sheets.list.workbook(), t, pageTitle);
        try {
            writePersonCover(own.summarySheet(t.get("visits.about")), sheets.list, projectCode, projectName,
                    month, t);
            sheets.inOwn = own.listSheet(sheets.sheetName, columns);
        } catch (RuntimeException e) {
            own.close();
            throw e;
        }
        sheets.own = own;
        return sheets;
    }

    /**
     * Saves the person's own workbook. Their finished sheet in the project workbook needs no flushing: a workbook
     * of cells only holds its rows as bytes within a budget, and a project of thousands of people goes on to disk.
     */
    private void finish(PersonSheets sheets, ReportText t, ProjectIssues issues) {
        if (sheets == null) {
            return;
        }
        try (ReportWorkbook own = sheets.own) {
            addResultChecks(sheets.inProject, sheets.rows, t);
            addResultChecks(sheets.inOwn, sheets.rows, t);
            issues.write(own);
            own.save();
        } finally {
            sheets.own = null;
        }
    }

    private static String sheetName(StaffRow person) {
        return person.staffNo() + " " + person.staffName();
    }

    /**
     * The data-issue sheet every workbook of one project carries, the project workbook's and each personal one's
     * alike: read once for the project, before its first workbook.
     */
    private final class ProjectIssues {

        private final String runKey;
        private final String projectCode;
        /** Null: too many to hold, read for each workbook. */
        private final List<DataIssueRow> held;

        ProjectIssues(String runKey, String projectCode) {
            this.runKey = runKey;
            this.projectCode = projectCode;
            this.held = DataIssueSheet.readProject(issues, runKey, projectCode, ISSUES_HELD);
        }

        void write(ReportWorkbook book) {
            if (held == null) {
                DataIssueSheet.writeProject(book, issues, runKey, projectCode);
            } else {
                DataIssueSheet.write(book, held);
            }
        }
    }

    private static void writePersonCover(SheetWriter sheet, PersonList list, String projectCode, String projectName,
                                         VisitMonth month, ReportText t) {
        StaffRow person = list.person();
        Assignee active = Assignee.fromRoster(person);
        sheet.table(Column.text(t.get("figure")), Column.text(t.get("value")));
        sheet.row(t.get("col.name"), person.staffName());
        sheet.row(t.get("col.staffNo"), person.staffNo());
        sheet.row(t.get("col.role"), roleLabel(person.role(), t));
        sheet.row(t.get("visits.project"), projectCode, projectName);
        sheet.row(t.get("col.zone"), person.zone());
        sheet.row(t.get("visits.month"), month.toString());
        sheet.row(t.get("visits.quota"), active == null ? null : active.quota());
        sheet.row(t.get("visits.assignedShort"), list.count().assigned());
        sheet.row(t.get("visits.ofBlack"), list.count().black());
        sheet.row(t.get("visits.ofLowScore"), list.count().lowScore());
        sheet.row(t.get("visits.ofCoverage"), list.count().coverage());
        sheet.blank();
        sheet.note(t.get("visits.instructions.visit"));
        sheet.note(t.get("visits.instructions.return"));
    }

    /** The visits input columns first (FORMATS §2), then what helps the visit. */
    static Column[] listColumns(ReportText t) {
        return new Column[] {
            Column.code(t.get("visits.col.assignmentId")), Column.code(t.get("visits.col.projectCode")),
            Column.code(t.get("col.room")), Column.date(t.get("visits.col.visitedOn")),
            Column.text(t.get("visits.col.method")), Column.count(t.get("visits.col.ownerScore")),
            Column.longText(t.get("visits.col.request")),
            Column.code(t.get("visits.col.building")), Column.code(t.get("visits.col.unit")),
            Column.code(t.get("visits.col.roomNo")), Column.text(t.get("col.zone")),
            Column.text(t.get("col.owner")), Column.code(t.get("col.phone")),
            Column.text(t.get("visits.col.customerClass")), Column.count(t.get("visits.col.lastScore")),
            Column.date(t.get("visits.col.lastVisit")), Column.text(t.get("visits.col.whyChosen")),
            Column.count(t.get("visits.col.rank"))};
    }

    private Object[] listRow(AssignmentLine line, ReportText t) {
        return new Object[] {
            line.assignmentId(), line.projectCode(), line.roomKey(), null, null, null, null,
            line.building(), line.unit(), line.room(), line.zone(), line.ownerName(),
            unmaskPhones ? line.phone() : PhoneMask.mask(line.phone()),
            t.code(line.customerClass()),
            line.lastScore(), line.lastVisit(), whyChosen(line, t), line.rank()};
    }

    static String whyChosen(AssignmentLine line, ReportText t) {
        return switch (line.priority()) {
            case BLACK -> line.lastScore() != null && line.lastScore() <= VisitPriority.LOW_SCORE_LIMIT
                    ? t.get("visits.why.blackLowScore", String.valueOf(line.lastScore()))
                    : t.get("visits.why.black");
            case LOW_SCORE -> t.get("visits.why.lowScore", String.valueOf(line.lastScore()));
            case COVERAGE -> line.lastVisit() == null ? t.get("visits.why.neverVisited")
                    : t.get("visits.why.notVisitedSince", line.lastVisit().toString());
        };
    }

    /** Drop-downs for 拜访方式 and a 1–5 check for 业主评分 on the list's rows. */
    private static void addResultChecks(SheetWriter sheet, int rows, ReportText t) {
        if (rows == 0) {
            return;
        }
        sheet.choices(1, rows, 4, t.get("visits.method.inPerson"), t.get("visits.method.phone"));
        sheet.wholeNumbers(1, rows, 5, ScoreValues.LOWEST, ScoreValues.HIGHEST);
    }

    static String roleLabel(StaffRole role, ReportText t) {
        return t.code(role);
    }

    private static int roleRank(StaffRole role) {
        return switch (role) {
            case PROJECT_MANAGER -> 0;
            case DEPT_HEAD -> 1;
            case STEWARD -> 2;
        };
    }

    private static String fileSafe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
