package com.satops.demo;

import com.satops.common.inbox.InboxKind;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes {@code workorders/}: for each project the CRM's work orders (工单) of the
 * 30 days before today, exported last night at 20:00, and one company-wide update
 * exported this morning at 08:00 with the full rows of every order that changed
 * overnight (completed, return-visited, followed up) or was created since. Its
 * name sorts after the exports, so an import applies it last.
 *
 * <p>About one household in ten raises an order a month, and each project has two
 * to four public-area orders (no 房号) a day. Most orders keep the 15-30-60 promise
 * (some exactly on the minute), some are late, some are never responded to; most
 * are return-visited within 24 hours of completion and a few are rated 不满意, most
 * of those followed up in time. Date-times are mostly Excel date-time cells,
 * the rest text in every form the CRM's users type. A few rows are flawed: an
 * order 已完成 without 完成时间 (a bad row) or a 回访时间 written as a date only
 * (a bad value, the row still applies).
 */
final class WorkOrderWriter implements HouseholdVisitor, Closeable {

    static final int DAYS = 30;
    private static final double ORDER_RATE = 0.10;
    private static final double FLAW_RATE = 0.004;
    private static final String[] HEADER = {
        "工单编号", "项目编码", "房号", "工单类型", "创建时间", "响应时间", "派单时间", "首次反馈时间", "完成时间",
        "回访时间", "回访评价", "跟进时间", "责任人", "状态"
    };
    private static final DateTimeFormatter[] TEXT_FORMS = {
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
        DateTimeFormatter.ofPattern("yyyy/M/d H:mm"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"),
        DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"), DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss")
    };
    private static final DateTimeFormatter DAY_CODE = DateTimeFormatter.BASIC_ISO_DATE;

    private final ManifestTally tally;
    private final StaffRoster staff;
    private final LocalDate firstDay;
    private final LocalDateTime exportedAt;
    private final LocalDateTime updatedAt;
    private final SplittableRandom random;
    private final CsvTable updates;
    private final Path updateFile;
    private XlsxBook book;
    private XlsxSheet sheet;
    private int sequence;

    WorkOrderWriter(ManifestTally tally, StaffRoster staff, LocalDate today, SplittableRandom random)
            throws IOException {
        this.tally = tally;
        this.staff = staff;
        this.firstDay = today.minusDays(DAYS);
        this.exportedAt = today.minusDays(1).atTime(20, 0);
        this.updatedAt = today.atTime(8, 0);
        this.random = random;
        Path folder = Files.createDirectories(tally.folder(InboxKind.WORKORDERS));
        this.updateFile = folder.resolve("工单状态更新-" + today.format(DAY_CODE) + ".csv");
        this.updates = CsvTable.create(updateFile, CsvTable.Encoding.UTF8_BOM);
        updates.header(HEADER);
    }

    @Override
    public void projectStarted(ProjectLayout project) throws IOException {
        Path file = tally.folder(InboxKind.WORKORDERS)
                .resolve("工单-" + project.code() + "-" + exportedAt.toLocalDate().format(DAY_CODE) + ".xlsx");
        book = new XlsxBook(file, exportedAt);
        sheet = book.sheet("工单")
                .title(project.name() + " 工单明细（" + firstDay + " 至 " + exportedAt.toLocalDate() + "）")
                .header(HEADER);
        sequence = 0;
    }

    @Override
    public void household(Household household) throws IOException {
        if (!household.delivered() || random.nextDouble() >= ORDER_RATE) {
            return;
        }
        StaffRoster.ProjectStaff people = staff.of(household.project());
        List<StaffMember> stewards = people.stewards(household.building().zone());
        StaffMember owner = stewards.isEmpty() ? people.customerServiceHead()
                : stewards.get(random.nextInt(stewards.size()));
        write(order(household.project(), household.canonicalKey(), owner, false));
    }

    @Override
    public void projectFinished(ProjectLayout project) throws IOException {
        StaffMember engineer = staff.of(project).engineeringHead();
        for (int day = 0; day < DAYS; day++) {
            int publicOrders = 2 + random.nextInt(3);
            for (int i = 0; i < publicOrders; i++) {
                write(order(project, null, engineer, true));
            }
        }
        tally.finish(InboxKind.WORKORDERS, book);
        book = null;
    }

    @Override
    public void close() throws IOException {
        if (book != null) {
            book.close();
        }
        updates.close();
        tally.file(InboxKind.WORKORDERS, updateFile);
    }

    private WorkOrderLife order(ProjectLayout project, String room, StaffMember owner, boolean publicArea) {
        String no = String.format("GD-%s-%05d", project.code(), ++sequence);
        LocalDateTime created = firstDay.plusDays(random.nextInt(DAYS + 1)).atTime(7 + random.nextInt(14),
                random.nextInt(60), random.nextInt(60));
        double kind = random.nextDouble();
        String type = publicArea ? (kind < 0.75 ? "报修" : "投诉")
                : kind < 0.55 ? "报修" : kind < 0.7 ? "投诉" : kind < 0.9 ? "咨询" : "建议";
        boolean promised = type.equals("报修") || type.equals("投诉");
        LocalDateTime responded = within(created, 15, 0.80, 0.10);
        LocalDateTime dispatched = responded == null ? null : within(created, 30, 0.85, 0.10);
        LocalDateTime feedback = dispatched == null ? null : within(created, 60, 0.85, 0.10);
        if (dispatched != null && dispatched.isBefore(responded)) {
            dispatched = responded.plusMinutes(1);
        }
        if (feedback != null && feedback.isBefore(dispatched)) {
            feedback = dispatched.plusMinutes(2);
        }
        LocalDateTime completed = null;
        LocalDateTime visit = null;
        String rating = null;
        LocalDateTime followedUp = null;
        // An order nobody recorded a response for is still done in the end, only later.
        if (random.nextDouble() < (promised ? 0.94 : 0.98)) {
            LocalDateTime start = feedback != null ? feedback : dispatched != null ? dispatched
                    : created.plusMinutes(90 + random.nextInt(180));
            completed = start.plusMinutes(promised ? 60 + random.nextInt(40 * 60) : 5 + random.nextInt(60));
            if (promised) {
                double r = random.nextDouble();
                visit = r < 0.85 ? completed.plusMinutes(30 + random.nextInt(23 * 60))
                        : r < 0.93 ? completed.plusMinutes(25 * 60 + random.nextInt(15 * 60)) : null;
                // exactly 24 hours now and then: still on time
                if (visit != null && random.nextDouble() < 0.03) {
                    visit = completed.plusHours(24);
                }
                if (visit != null) {
                    rating = rating();
                    if (rating.equals("不满意") || rating.equals("1") || rating.equals("2")) {
                        double f = random.nextDouble();
                        followedUp = f < 0.6 ? visit.plusMinutes(20 + random.nextInt(23 * 60))
                                : f < 0.8 ? visit.plusMinutes(25 * 60 + random.nextInt(12 * 60)) : null;
                    }
                }
            }
        }
        return new WorkOrderLife(no, project.code(), room, type, created, responded, dispatched, feedback, completed,
                visit, rating, followedUp, owner.staffNo(), random.nextDouble() < 0.5);
    }

    /** On time with {@code onTime}, late with {@code late} (up to an hour past), else never recorded. */
    private LocalDateTime within(LocalDateTime created, int minutes, double onTime, double late) {
        double r = random.nextDouble();
        if (r < onTime) {
            // one in ten exactly on the minute of the promise: still on time
            return random.nextInt(10) == 0 ? created.plusMinutes(minutes)
                    : created.plusSeconds(30 + random.nextInt(minutes * 60 - 30));
        }
        return r < onTime + late ? created.plusMinutes(minutes).plusSeconds(1 + random.nextInt(3600)) : null;
    }

    /** 满意 mostly, as a label or a score; about 8 % dissatisfied. */
    private String rating() {
        double r = random.nextDouble();
        if (r < 0.80) {
            return random.nextBoolean() ? "满意" : String.valueOf(4 + random.nextInt(2));
        }
        if (r < 0.92) {
            return random.nextBoolean() ? "基本满意" : "3";
        }
        return random.nextBoolean() ? "不满意" : String.valueOf(1 + random.nextInt(2));
    }

    private void write(WorkOrderLife order) throws IOException {
        if (order.created().isAfter(updatedAt)) {
            return;
        }
        WorkOrderLife.Snapshot last = order.at(exportedAt);
        WorkOrderLife.Snapshot now = order.at(updatedAt);
        if (!order.created().isAfter(exportedAt)) {
            if (random.nextDouble() < FLAW_RATE) {
                writeFlawed(order, last);
            } else {
                sheet.row(cells(order, last, true));
                tally.row(InboxKind.WORKORDERS);
            }
            if (now.sameAs(last)) {
                return;
            }
        }
        updates.row(cells(order, now, false));
        tally.row(InboxKind.WORKORDERS);
    }

    /** A finished order without its 完成时间 (a bad row), or a 回访时间 written as a date only (a bad value). */
    private void writeFlawed(WorkOrderLife order, WorkOrderLife.Snapshot shown) throws IOException {
        Object[] cells = cells(order, shown, true);
        if (shown.completed() != null && random.nextBoolean()) {
            cells[8] = null;
            sheet.row(cells);
            tally.badRow(InboxKind.WORKORDERS);
            return;
        }
        if (shown.returnVisit() != null) {
            cells[9] = shown.returnVisit().toLocalDate();
        }
        sheet.row(cells);
        tally.row(InboxKind.WORKORDERS);
    }

    private Object[] cells(WorkOrderLife order, WorkOrderLife.Snapshot shown, boolean excel) {
        return new Object[] {order.orderNo(), order.projectCode(), order.room(), order.type(),
            at(order.created(), excel), at(shown.responded(), excel), at(shown.dispatched(), excel),
            at(shown.feedback(), excel), at(shown.completed(), excel), at(shown.returnVisit(), excel),
            shown.rating(), at(shown.followedUp(), excel), order.ownerStaffNo(), shown.status()};
    }

    /** An Excel date-time cell most of the time in a workbook, else text in one of the typed forms. */
    private Object at(LocalDateTime moment, boolean excel) {
        if (moment == null) {
            return null;
        }
        if (excel && random.nextDouble() < 0.7) {
            return moment;
        }
        return TEXT_FORMS[random.nextInt(TEXT_FORMS.length)].format(moment);
    }
}
