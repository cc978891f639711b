package com.satops.visits;

import com.satops.common.domain.StaffRole;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportPaths;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import com.satops.common.text.PhoneMask;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes a project's visit lists: the project workbook (summary, then one sheet
 * per person) and a workbook per person with their own list, the one their mail
 * carries. A list sheet starts with the visits input columns (任务编号 … 业主诉求,
 * the result columns blank), so a filled-in workbook dropped into inbox/visits/
 * is read back as visit results; summary sheets hold no 任务编号 column and are
 * passed over.
 */
public class VisitListWorkbooks {

    public static final String JOB = "visit-assignment";

    /** Project managers first, then department heads, then stewards; by 工号 within a role. */
    private static final Comparator<StaffRow> ROSTER_ORDER = Comparator
            .comparing((StaffRow s) -> roleRank(s.role()))
            .thenComparing(StaffRow::staffNo, NaturalOrder.INSTANCE);

    private final VisitAssignmentMapper mapper;
    private final Path home;
    private final boolean unmaskPhones;

    /** A person's list this month; {@code workbook} is null when they got nothing. */
    public record PersonList(StaffRow person, StaffCount count, Path workbook) {
    }

    public record ProjectLists(String projectCode, String projectName, Path workbook, List<PersonList> people) {
    }

    public VisitListWorkbooks(VisitAssignmentMapper mapper, Path home, boolean unmaskPhones) {
        this.mapper = mapper;
        this.home = home;
        this.unmaskPhones = unmaskPhones;
    }

    public ProjectLists write(String projectCode, VisitMonth month, LocalDate asOf, ReportLocale locale) {
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
            Path own = count.assigned() == 0 ? null : personalWorkbook(period, projectCode, person.staffNo());
            people.add(new PersonList(person, count, own));
        }

        Path projectWorkbook = ReportPaths.workbook(home, JOB, period, projectCode);
        try (ReportWorkbook book = ReportWorkbook.create(projectWorkbook)) {
            writeSummary(book.sheet(locale.pick("汇总", "Summary")), projectCode, projectName, month, asOf, tally,
                    zones, people, visited, locale);
            for (PersonList list : people) {
                if (list.workbook() != null) {
                    writeLists(book, list, projectCode, projectName, month, locale);
                }
            }
            book.save();
        }
        return new ProjectLists(projectCode, projectName, projectWorkbook, people);
    }

    /** {@code reports/<month>/visit-assignment-<month>-<project>-<工号>.xlsx}. */
    Path personalWorkbook(String period, String projectCode, String staffNo) {
        return ReportPaths.folder(home, period)
                .resolve(JOB + "-" + period + "-" + projectCode + "-" + fileSafe(staffNo) + ".xlsx");
    }

    private void writeSummary(SheetWriter sheet, String projectCode, String projectName, VisitMonth month,
                              LocalDate asOf, ProjectTally tally, List<ZoneTally> zones, List<PersonList> people,
                              Map<String, Long> visited, ReportLocale l) {
        sheet.row(l.pick("项目", "Project"), projectCode, projectName);
        sheet.row(l.pick("月份", "Month"), month.toString());
        sheet.row(l.pick("季度", "Quarter"), month.quarter());
        sheet.row(l.pick("基准日", "As of"), asOf);
        sheet.blank();
        sheet.row(l.pick("已交房户数", "Delivered households"), tally.households(), "households");
        sheet.row(l.pick("本月分配", "Assigned this month"), tally.assigned(), "assigned");
        sheet.row(l.pick("其中管家", "of which stewards"), tally.assignedSteward(), "assigned.STEWARD");
        sheet.row(l.pick("其中部门负责人", "of which department heads"), tally.assignedDeptHead(),
                "assigned.DEPT_HEAD");
        sheet.row(l.pick("其中项目经理", "of which project managers"), tally.assignedProjectManager(),
                "assigned.PROJECT_MANAGER");
        sheet.row(l.pick("本月候选户数", "Candidates this month"), tally.candidates());
        sheet.row(l.pick("本季度已覆盖", "Covered this quarter so far"), tally.quarterCovered(), "quarterCovered");
        sheet.row(l.pick("本季度待覆盖（未覆盖且本月未分配）", "Still to cover (neither covered nor assigned)"),
                tally.quarterRemaining(), "quarterRemaining");
        sheet.row(l.pick("本季度后续月份", "Later months in the quarter"), tally.laterMonths());
        sheet.row(l.pick("缺口预测（后续月份满额指标也拜访不到）", "Shortfall forecast (beyond the later months' full quotas)"),
                tally.shortfall(), "shortfall");
        sheet.blank();

        sheet.row(l.pick("人员清单", "People"));
        sheet.row(l.pick("工号", "Staff no."), l.pick("姓名", "Name"), l.pick("岗位", "Role"), l.pick("片区", "Zone"),
                l.pick("在职", "Active"), l.pick("月拜访指标", "Monthly quota"), l.pick("本月分配", "Assigned"),
                l.pick("其中黑色客户", "of which black customers"), l.pick("其中评分≤3", "of which scored ≤3"),
                l.pick("其中季度覆盖", "of which quarter coverage"),
                l.pick("本季度已回访户数", "Visited this quarter so far"), l.pick("个人清单", "Own list"));
        for (PersonList list : people) {
            StaffRow person = list.person();
            Assignee active = Assignee.fromRoster(person);
            sheet.row(person.staffNo(), person.staffName(), roleLabel(person.role(), l), person.zone(),
                    active == null ? l.pick("否", "no") : l.pick("是", "yes"),
                    active == null ? null : active.quota(), list.count().assigned(), list.count().black(),
                    list.count().lowScore(), list.count().coverage(), visited.getOrDefault(person.staffNo(), 0L),
                    list.workbook() == null ? null : list.workbook().getFileName().toString());
        }
        sheet.blank();

        int later = tally.laterMonths();
        sheet.row(l.pick("片区情况", "Zones"));
        sheet.row(l.pick("片区", "Zone"), l.pick("在职管家", "Active stewards"),
                l.pick("管家月指标合计", "Stewards' monthly quota"), l.pick("户数", "Households"),
                l.pick("本季度已覆盖", "Covered"), l.pick("本月候选", "Candidates"), l.pick("本月分配", "Assigned"),
                l.pick("本季度待覆盖", "Still to cover"), l.pick("后续月份管家可达", "Stewards can reach later"),
                l.pick("需经理支援", "Left for managers"), l.pick("说明", "Note"));
        long leftForManagers = 0;
        for (ZoneTally zone : zones) {
            long stewardsReach = Math.min(zone.quarterRemaining(), later * zone.stewardQuota());
            long left = zone.quarterRemaining() - stewardsReach;
            leftForManagers += left;
            sheet.row(zone.zone(), zone.activeStewards(), zone.stewardQuota(), zone.households(),
                    zone.quarterCovered(), zone.candidates(), zone.assigned(), zone.quarterRemaining(),
                    stewardsReach, left, zone.withoutSteward() ? noStewardNote(l) : null);
        }
        sheet.row(l.pick("经理与部门负责人后续月份可达", "Managers and department heads can reach later"),
                Math.min(leftForManagers, later * tally.managerQuota()));
        sheet.row(l.pick("缺口预测", "Shortfall forecast"), tally.shortfall());
        sheet.blank();

        sheet.row(l.pick("无在职管家的片区", "Zones without an active steward"));
        List<ZoneTally> withoutSteward = zones.stream().filter(ZoneTally::withoutSteward).toList();
        if (withoutSteward.isEmpty()) {
            sheet.row(l.pick("无", "none"));
            return;
        }
        sheet.row(l.pick("片区", "Zone"), l.pick("户数", "Households"), l.pick("本月候选", "Candidates"),
                l.pick("经理已分配", "Assigned to managers"), l.pick("等待经理拜访", "Waiting for managers"),
                l.pick("说明", "Note"));
        for (ZoneTally zone : withoutSteward) {
            sheet.row(zone.zone(), zone.households(), zone.candidates(), zone.assigned(),
                    zone.candidates() - zone.assigned(), noStewardNote(l));
        }
    }

    private void writeLists(ReportWorkbook projectBook, PersonList list, String projectCode, String projectName,
                            VisitMonth month, ReportLocale l) {
        StaffRow person = list.person();
        String sheetName = person.staffNo() + " " + person.staffName();
        String[] headers = listHeaders(l);
        SheetWriter inProject = projectBook.sheet(sheetName, headers);
        try (ReportWorkbook own = ReportWorkbook.create(list.workbook())) {
            writePersonCover(own.sheet(l.pick("说明", "About")), list, projectCode, projectName, month, l);
            SheetWriter inOwn = own.sheet(sheetName, headers);
            int[] rows = new int[1];
            mapper.assignmentLines(month.toString(), projectCode, person.staffNo(), context -> {
                Object[] values = listRow(context.getResultObject(), l);
                inProject.row(values);
                inOwn.row(values);
                rows[0]++;
            });
            addResultChecks(inProject.poi(), rows[0], l);
            addResultChecks(inOwn.poi(), rows[0], l);
            own.save();
            // a finished sheet goes to disk: a project of thousands of people must not keep every list in memory
            flush(inProject.poi());
        }
    }

    private static void flush(SXSSFSheet sheet) {
        try {
            sheet.flushRows();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePersonCover(SheetWriter sheet, PersonList list, String projectCode, String projectName,
                                         VisitMonth month, ReportLocale l) {
        StaffRow person = list.person();
        Assignee active = Assignee.fromRoster(person);
        sheet.row(l.pick("姓名", "Name"), person.staffName());
        sheet.row(l.pick("工号", "Staff no."), person.staffNo());
        sheet.row(l.pick("岗位", "Role"), roleLabel(person.role(), l));
        sheet.row(l.pick("项目", "Project"), projectCode, projectName);
        sheet.row(l.pick("片区", "Zone"), person.zone());
        sheet.row(l.pick("月份", "Month"), month.toString());
        sheet.row(l.pick("月拜访指标", "Monthly quota"), active == null ? null : active.quota());
        sheet.row(l.pick("本月分配", "Assigned"), list.count().assigned());
        sheet.row(l.pick("其中黑色客户", "of which black customers"), list.count().black());
        sheet.row(l.pick("其中评分≤3", "of which scored ≤3"), list.count().lowScore());
        sheet.row(l.pick("其中季度覆盖", "of which quarter coverage"), list.count().coverage());
        sheet.blank();
        sheet.row(l.pick("请在本月内逐户上门或电话拜访，每拜访一户就在清单里填上拜访日期、拜访方式（上门/电话）、业主评分（1–5）和业主诉求。",
                "Visit each household this month, in person or by phone, and fill in the visit date, method "
                        + "(IN_PERSON/PHONE), the owner's score (1–5) and request on its row."));
        sheet.row(l.pick("编号列与房号请勿改动；没拜访的行留空。交回后导入系统，拜访即计入本季度覆盖。",
                "Leave the numbers and rooms as they are and rows not visited blank. Once the filled list is "
                        + "returned and imported, the visits count towards this quarter's coverage."));
    }

    /** The visits input columns first (FORMATS §2), then what helps the visit. */
    static String[] listHeaders(ReportLocale l) {
        return new String[] {
            l.pick("任务编号", "Assignment ID"), l.pick("项目编码", "Project Code"), l.pick("房号", "Room"),
            l.pick("拜访日期", "Visited On"), l.pick("拜访方式", "Method"), l.pick("业主评分", "Owner Score"),
            l.pick("业主诉求", "Request"),
            l.pick("楼栋", "Building"), l.pick("单元", "Unit"), l.pick("室号", "Room No."), l.pick("片区", "Zone"),
            l.pick("业主姓名", "Owner"), l.pick("联系电话", "Phone"), l.pick("客户类别", "Customer Class"),
            l.pick("最近评分", "Last Score"), l.pick("最近拜访", "Last Visit"), l.pick("选入原因", "Why Chosen"),
            l.pick("候选顺序", "Candidate Rank")};
    }

    private Object[] listRow(AssignmentLine line, ReportLocale l) {
        return new Object[] {
            line.assignmentId(), line.projectCode(), line.roomKey(), null, null, null, null,
            line.building(), line.unit(), line.room(), line.zone(), line.ownerName(),
            unmaskPhones ? line.phone() : PhoneMask.mask(line.phone()),
            line.customerClass() == null ? null : l.pick(line.customerClass().label(), line.customerClass().name()),
            line.lastScore(), line.lastVisit(), whyChosen(line, l), line.rank()};
    }

    static String whyChosen(AssignmentLine line, ReportLocale l) {
        String lastVisit = line.lastVisit() == null ? l.pick("从未拜访", "never visited")
                : l.pick("上次拜访 ", "last visit ") + line.lastVisit();
        return switch (line.priority()) {
            case BLACK -> l.pick("黑色客户，每月拜访", "black customer, visited every month")
                    + (line.lastScore() != null && line.lastScore() <= VisitPriority.LOW_SCORE_LIMIT
                    ? l.pick("；最近评分 ", "; latest score ") + line.lastScore() : "");
            case LOW_SCORE -> l.pick("最近满意度评分 ", "latest survey score ") + line.lastScore()
                    + l.pick("，每月拜访", ", visited every month");
            case COVERAGE -> l.pick("本季度尚未拜访（", "not visited this quarter (") + lastVisit
                    + l.pick("）", ")");
        };
    }

    /** Drop-downs for 拜访方式 and a 1–5 check for 业主评分 on the list's rows. */
    private static void addResultChecks(SXSSFSheet sheet, int rows, ReportLocale l) {
        if (rows == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidationConstraint methods = helper.createExplicitListConstraint(
                new String[] {l.pick("上门", "IN_PERSON"), l.pick("电话", "PHONE")});
        DataValidation method = helper.createValidation(methods, new CellRangeAddressList(1, rows, 4, 4));
        method.setShowErrorBox(true);
        sheet.addValidationData(method);
        DataValidationConstraint scores = helper.createIntegerConstraint(
                DataValidationConstraint.OperatorType.BETWEEN, "1", "5");
        DataValidation score = helper.createValidation(scores, new CellRangeAddressList(1, rows, 5, 5));
        score.setShowErrorBox(true);
        sheet.addValidationData(score);
    }

    private static String noStewardNote(ReportLocale l) {
        return l.pick("无在职管家：住户等待项目经理/部门负责人拜访",
                "no active steward: households wait for the project manager or department heads");
    }

    static String roleLabel(StaffRole role, ReportLocale l) {
        return l.pick(role.label(), role.name());
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
