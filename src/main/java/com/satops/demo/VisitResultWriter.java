package com.satops.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

import com.satops.common.inbox.InboxKind;

/**
 * Writes {@code visits/}: last month's visit results per project, visits made
 * outside any assignment list, so 任务编号 is blank and 项目编码 + 房号 name the
 * household. About 10 % of households were visited, mostly on weekdays,
 * two in three in person. Each workbook has a notes sheet and two result
 * sheets, the stewards' (Excel dates) and the managers' (text dates). A few
 * rows are bad: no room to match them by, or a room 待定.
 */
final class VisitResultWriter implements HouseholdVisitor, Closeable {

    /** 10 % of all households, drawn among the 95 % handed over. */
    private static final double VISIT_RATE = 0.10 / 0.95;
    private static final double BAD_ROW_RATE = 0.0005;
    private static final String[] HEADER = {
        "任务编号", "项目编码", "房号", "业主姓名", "拜访人", "拜访日期", "拜访方式", "业主评分", "业主诉求"
    };
    private static final String[] REQUESTS = {
        "希望加强夜间巡逻", "车库灯坏了请尽快修", "楼上噪音扰民，请协调", "希望增加充电桩", "门禁卡需要补办",
        "小区里流浪猫太多", "希望公示公共收益", "阳台漏水请工程部上门", "快递乱放，希望规范", "对管家服务很满意"
    };

    private final ManifestTally tally;
    private final StaffRoster staff;
    private final YearMonth month;
    private final SplittableRandom random;
    private XlsxBook book;
    private XlsxSheet stewardSheet;
    private XlsxSheet managerSheet;
    private BadRowSchedule badRows;
    private long slot;
    private int badRowsWritten;

    VisitResultWriter(ManifestTally tally, StaffRoster staff, YearMonth currentMonth, SplittableRandom random) {
        this.tally = tally;
        this.staff = staff;
        this.month = currentMonth.minusMonths(1);
        this.random = random;
    }

    @Override
    public void projectStarted(ProjectLayout project) throws IOException {
        Path folder = Files.createDirectories(tally.folder(InboxKind.VISITS));
        Path file = folder.resolve("拜访结果-" + project.code() + "-" + month + ".xlsx");
        book = new XlsxBook(file, month.plusMonths(1).atDay(1).atTime(10, 0));
        book.sheet("说明").row(project.name() + " " + month + " 拜访结果（清单外拜访，任务编号为空）");
        stewardSheet = book.sheet("管家拜访").header(HEADER);
        managerSheet = book.sheet("经理拜访").header(HEADER);
        badRows = BadRowSchedule.spread(project.households(),
                BadRowSchedule.countFor(project.households(), BAD_ROW_RATE), random);
        slot = 0;
    }

    @Override
    public void household(Household household) throws IOException {
        if (badRows.due(slot++)) {
            writeBad(household);
        }
        if (!household.delivered() || random.nextDouble() >= VISIT_RATE) {
            return;
        }
        StaffRoster.ProjectStaff people = staff.of(household.project());
        List<StaffMember> stewards = people.stewards(household.building().zone());
        boolean bySteward = !stewards.isEmpty() && random.nextDouble() < 0.8;
        StaffMember visitor = bySteward ? stewards.get(random.nextInt(stewards.size())) : manager(people);
        LocalDate visitedOn = visitDay();
        String method = random.nextDouble() < 0.65 ? "上门" : "电话";
        Object score = ownerScore();
        String request = random.nextDouble() < 0.5 ? (random.nextBoolean() ? "无" : "")
                : REQUESTS[random.nextInt(REQUESTS.length)];
        String room = RoomKeyStyles.anyStyle(household, random);
        String visitorName = visitor.name() + "(" + visitor.staffNo() + ")";
        if (bySteward) {
            stewardSheet.row("", household.project().code(), room, household.ownerName(), visitorName, visitedOn,
                    method, score, request);
        } else {
            managerSheet.row("", household.project().code(), room, household.ownerName(), visitorName,
                    TextDates.anyForm(visitedOn, random), method, score, request);
        }
        tally.row(InboxKind.VISITS);
    }

    @Override
    public void projectFinished(ProjectLayout project) throws IOException {
        close();
    }

    /** Finishes the open project's workbook, if any. */
    @Override
    public void close() throws IOException {
        XlsxBook finished = book;
        book = null;
        tally.finish(InboxKind.VISITS, finished);
    }

    private StaffMember manager(StaffRoster.ProjectStaff people) {
        double r = random.nextDouble();
        return r < 0.3 ? people.manager() : r < 0.65 ? people.customerServiceHead() : people.engineeringHead();
    }

    /** Visits fall on weekdays, now and then on a weekend when the owner is only home then. */
    private LocalDate visitDay() {
        LocalDate day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && random.nextDouble() < 0.7) {
            day = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        }
        return day;
    }

    /** Mostly content owners; a tenth did not want to give a score. */
    private Object ownerScore() {
        double r = random.nextDouble();
        if (r < 0.1) {
            return "";
        }
        return r < 0.55 ? 5 : r < 0.82 ? 4 : r < 0.93 ? 3 : r < 0.97 ? 2 : 1;
    }

    /** No 任务编号 and no room, so nothing names the household; or a room 待定. */
    private void writeBad(Household household) throws IOException {
        String room = badRowsWritten++ % 2 == 0 ? "" : "待定";
        managerSheet.row("", household.project().code(), room, household.ownerName(), "",
                TextDates.iso(month.atDay(1 + random.nextInt(month.lengthOfMonth()))), "电话", 4, "");
        tally.badRow(InboxKind.VISITS);
    }
}
