package com.satops.demo;

import com.satops.common.domain.PatrolCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.SplittableRandom;

import com.satops.common.inbox.InboxKind;

/**
 * Writes {@code patrol/}: for each project the issue log (巡区问题) exported on
 * the Monday of today's week, covering the 8 ISO weeks before it, with a sheet
 * for the managers' weekly patrol (about 8 issues a week, most closed within 7
 * days, some late, some still open) and one for the stewards' daily rounds
 * (most re-checked within 2 days, some late, some never); then a company-wide
 * status update dated today that re-lists the issues closed since the export.
 * Its name sorts after the logs, so an import applies it last. A few rows of
 * the daily sheets are bad: closed without a 销项日期, an unknown status, or a
 * 发现日期 that does not exist.
 */
final class PatrolWriter {

    static final int WEEKS = 8;
    private static final double BAD_ROW_RATE = 0.0005;
    private static final DateTimeFormatter DAY_CODE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final String[] HEADER = {
        "问题编号", "项目编码", "巡区类型", "发现日期", "片区", "位置", "问题分类", "问题描述", "责任部门", "责任人",
        "状态", "销项日期", "复查日期"
    };

    private final ManifestTally tally;
    private final StaffRoster staff;
    private final LocalDate today;
    private final LocalDate exportedOn;
    private final LocalDate firstMonday;
    private final SplittableRandom random;

    PatrolWriter(ManifestTally tally, StaffRoster staff, LocalDate today, SplittableRandom random) {
        this.tally = tally;
        this.staff = staff;
        this.today = today;
        this.exportedOn = today.with(DayOfWeek.MONDAY);
        this.firstMonday = exportedOn.minusWeeks(WEEKS);
        this.random = random;
    }

    void write(List<ProjectLayout> projects) throws IOException {
        Path folder = Files.createDirectories(tally.folder(InboxKind.PATROL));
        Path updateFile = folder.resolve("巡区问题状态更新-" + today.format(DAY_CODE) + ".csv");
        try (CsvTable updates = CsvTable.create(updateFile, CsvTable.Encoding.UTF8_BOM)) {
            updates.header("问题编号", "项目编码", "巡区类型", "发现日期", "问题描述", "状态", "销项日期", "复查日期", "备注");
            for (ProjectLayout project : projects) {
                writeProject(folder, project, updates);
            }
        }
        tally.file(InboxKind.PATROL, updateFile);
    }

    private void writeProject(Path folder, ProjectLayout project, CsvTable updates) throws IOException {
        Path file = folder.resolve("巡区问题-" + project.code() + "-" + exportedOn.format(DAY_CODE) + ".xlsx");
        String span = "（" + firstMonday + " 至 " + exportedOn.minusDays(1) + "）";
        int[] firstBuildingOfZone = firstBuildingOfZone(project);
        try (XlsxBook book = new XlsxBook(file, exportedOn.atTime(8, 0))) {
            XlsxSheet weekly = book.sheet("周巡问题")
                    .title(project.name() + " 周巡问题台账" + span).header(HEADER);
            XlsxSheet daily = book.sheet("日巡问题")
                    .title(project.name() + " 日巡问题台账" + span).header(HEADER);
            writeWeekly(project, firstBuildingOfZone, weekly, updates);
            writeDaily(project, firstBuildingOfZone, daily, updates);
        }
        tally.file(InboxKind.PATROL, file);
    }

    private void writeWeekly(ProjectLayout project, int[] firstBuildingOfZone, XlsxSheet sheet, CsvTable updates)
            throws IOException {
        StaffRoster.ProjectStaff people = staff.of(project);
        // Each project walks on its own weekday, Tuesday to Thursday.
        int patrolDay = 1 + project.index() % 3;
        for (int week = 0; week < WEEKS; week++) {
            LocalDate foundOn = firstMonday.plusWeeks(week).plusDays(patrolDay);
            int issues = 6 + random.nextInt(5);
            for (int seq = 1; seq <= issues; seq++) {
                String issueNo = String.format("%s-W%d-%02d-%03d", project.code(),
                        foundOn.get(IsoFields.WEEK_BASED_YEAR), foundOn.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), seq);
                PatrolCategory category = PatrolFindings.weeklyCategory(random);
                int zone = random.nextInt(project.zoneCount());
                StaffMember owner = switch (category) {
                    case FACILITIES -> people.engineeringHead();
                    case OTHER -> people.manager();
                    default -> people.customerServiceHead();
                };
                LocalDate closedOn = weeklyClosing(foundOn);
                Issue issue = new Issue(issueNo, project, "周巡", foundOn, zone,
                        PatrolFindings.location(building(project, firstBuildingOfZone, zone), random), category,
                        PatrolFindings.description(category, random), owner.staffNo(), closedOn, null,
                        random.nextDouble() < 0.6);
                export(sheet, issue);
                update(updates, issue);
            }
        }
    }

    /** 72 % closed within the week, 13 % late, the rest not yet. */
    private LocalDate weeklyClosing(LocalDate foundOn) {
        double r = random.nextDouble();
        if (r < 0.72) {
            return foundOn.plusDays(1 + random.nextInt(7));
        }
        return r < 0.85 ? foundOn.plusDays(8 + random.nextInt(13)) : null;
    }

    private void writeDaily(ProjectLayout project, int[] firstBuildingOfZone, XlsxSheet sheet, CsvTable updates)
            throws IOException {
        StaffRoster.ProjectStaff people = staff.of(project);
        int days = WEEKS * 7;
        long slots = (long) days * project.zoneCount();
        BadRowSchedule badRows = BadRowSchedule.spread(slots,
                BadRowSchedule.countFor(project.households(), BAD_ROW_RATE), random);
        int badRowsWritten = 0;
        long slot = 0;
        for (int day = 0; day < days; day++) {
            LocalDate foundOn = firstMonday.plusDays(day);
            int seq = 0;
            for (int zone = 0; zone < project.zoneCount(); zone++) {
                boolean bad = badRows.due(slot++);
                if (!bad && random.nextDouble() >= 0.5) {
                    continue;
                }
                String issueNo = String.format("%s-D%s-%03d", project.code(), foundOn.format(DAY_CODE), ++seq);
                List<StaffMember> stewards = people.stewards(zone);
                StaffMember owner = stewards.isEmpty()
                        ? people.customerServiceHead()
                        : stewards.get(random.nextInt(stewards.size()));
                PatrolCategory category = PatrolFindings.dailyCategory(random);
                Issue issue = dailyIssue(issueNo, project, foundOn, zone,
                        PatrolFindings.location(building(project, firstBuildingOfZone, zone), random), category,
                        owner);
                if (bad) {
                    writeBad(sheet, issue, badRowsWritten++);
                } else {
                    export(sheet, issue);
                    update(updates, issue);
                }
            }
        }
    }

    /** 80 % re-checked within 2 days, 10 % late, 10 % never; closed when re-checked, or now and then without. */
    private Issue dailyIssue(String issueNo, ProjectLayout project, LocalDate foundOn, int zone, String location,
            PatrolCategory category, StaffMember owner) {
        double r = random.nextDouble();
        LocalDate rechecked;
        if (r < 0.8) {
            double d = random.nextDouble();
            rechecked = foundOn.plusDays(d < 0.2 ? 0 : d < 0.65 ? 1 : 2);
        } else if (r < 0.9) {
            rechecked = foundOn.plusDays(3 + random.nextInt(4));
        } else {
            rechecked = null;
        }
        LocalDate closedOn = rechecked != null ? rechecked
                : random.nextDouble() < 0.4 ? foundOn.plusDays(1 + random.nextInt(5)) : null;
        return new Issue(issueNo, project, "日巡", foundOn, zone, location, category,
                PatrolFindings.description(category, random), owner.staffNo(), closedOn, rechecked,
                random.nextDouble() < 0.6);
    }

    /** The issue as the log shows it on the export day. */
    private void export(XlsxSheet sheet, Issue issue) throws IOException {
        boolean closed = issue.closedBy(exportedOn);
        LocalDate rechecked = issue.recheckedBy(exportedOn);
        sheet.row(issue.issueNo(), issue.project().code(), issue.type(), issue.foundOn(),
                issue.project().zoneName(issue.zone()), issue.location(), issue.category().label(),
                issue.description(), PatrolFindings.department(issue.category()), issue.ownerStaffNo(),
                closed ? "已销项" : issue.openStatus(), closed ? issue.closedOn() : null,
                rechecked == null ? "" : TextDates.slashed(rechecked));
        tally.row(InboxKind.PATROL);
    }

    /** The update file re-lists what was closed after the export, up to today. */
    private void update(CsvTable updates, Issue issue) throws IOException {
        if (issue.closedBy(exportedOn) || !issue.closedBy(today)) {
            return;
        }
        LocalDate rechecked = issue.recheckedBy(today);
        updates.row(issue.issueNo(), issue.project().code(), issue.type(), issue.foundOn(), issue.description(),
                "已销项", issue.closedOn(), rechecked, "整改完成，已复核销项");
        tally.row(InboxKind.PATROL);
    }

    /** Closed without a 销项日期, a status nobody defined, or a found date that does not exist. */
    private void writeBad(XlsxSheet sheet, Issue issue, int badRowsWritten) throws IOException {
        int kind = badRowsWritten % 3;
        Object foundOn = kind == 2 ? TextDates.nonexistentIn(issue.foundOn()) : issue.foundOn();
        String status = kind == 1 ? "已完成" : "已销项";
        Object closedOn = kind == 2 ? issue.foundOn().plusDays(1) : null;
        sheet.row(issue.issueNo(), issue.project().code(), issue.type(), foundOn,
                issue.project().zoneName(issue.zone()), issue.location(), issue.category().label(),
                issue.description(), PatrolFindings.department(issue.category()), issue.ownerStaffNo(), status, closedOn, "");
        tally.badRow(InboxKind.PATROL);
    }

    /** Zones are runs of consecutive buildings; where each run starts, so a zone's buildings are found at once. */
    private static int[] firstBuildingOfZone(ProjectLayout project) {
        int[] first = new int[project.zoneCount() + 1];
        List<Building> buildings = project.buildings();
        int zone = 0;
        for (int i = 0; i < buildings.size(); i++) {
            while (zone <= buildings.get(i).zone()) {
                first[zone++] = i;
            }
        }
        first[project.zoneCount()] = buildings.size();
        return first;
    }

    private Building building(ProjectLayout project, int[] firstBuildingOfZone, int zone) {
        int from = firstBuildingOfZone[zone];
        int to = firstBuildingOfZone[zone + 1];
        return project.buildings().get(from + random.nextInt(to - from));
    }

    /** One patrol issue with its whole life; what a file shows depends on the day it was written. */
    private record Issue(String issueNo, ProjectLayout project, String type, LocalDate foundOn, int zone,
            String location, PatrolCategory category, String description, String ownerStaffNo,
            LocalDate closedOn, LocalDate rechecked, boolean inProgress) {

        boolean closedBy(LocalDate day) {
            return closedOn != null && !closedOn.isAfter(day);
        }

        LocalDate recheckedBy(LocalDate day) {
            return rechecked != null && !rechecked.isAfter(day) ? rechecked : null;
        }

        String openStatus() {
            return inProgress ? "整改中" : "未整改";
        }
    }
}
