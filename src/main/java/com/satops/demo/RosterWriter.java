package com.satops.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.inbox.InboxKind;

/**
 * Writes {@code erp/}: one full roster snapshot (房屋台账) per project, in the
 * three shapes the company's ERP instances export, taken in turn:
 * <ol>
 * <li>an xlsx with a title row above Chinese headers, buildings sometimes as
 *     numbers and sometimes as {@code 3栋}, phones as numeric cells;</li>
 * <li>a GB18030 CSV with English headers in another column order;</li>
 * <li>an xlsx without a 楼栋 column, whose 房号 holds the combined key in every
 *     form people write it, behind a summary sheet.</li>
 * </ol>
 * About 0.2 % extra rows are bad: a room 待定, or a handover status 已售 the
 * contract does not know.
 */
final class RosterWriter implements HouseholdVisitor, Closeable {

    static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final double BAD_ROW_RATE = 0.002;

    private final ManifestTally tally;
    private final LocalDate today;
    private final SplittableRandom random;
    private RosterFile file;
    private BadRowSchedule badRows;
    private long slot;
    private int badRowsWritten;

    RosterWriter(ManifestTally tally, LocalDate today, SplittableRandom random) {
        this.tally = tally;
        this.today = today;
        this.random = random;
    }

    @Override
    public void projectStarted(ProjectLayout project) throws IOException {
        Path folder = Files.createDirectories(tally.folder(InboxKind.ERP));
        String stem = "房屋台账-" + project.code() + "-" + today.format(FILE_DATE);
        LocalDateTime exportedAt = today.atTime(9, 30);
        file = switch (project.index() % 3) {
            case 0 -> new TitledWorkbook(folder.resolve(stem + ".xlsx"), project, exportedAt);
            case 1 -> new EnglishCsv(folder.resolve(stem + ".csv"));
            default -> new CombinedKeyWorkbook(folder.resolve(stem + ".xlsx"), project, exportedAt);
        };
        int bad = BadRowSchedule.countFor(project.households(), BAD_ROW_RATE);
        badRows = BadRowSchedule.spread(project.households(), bad, random);
        slot = 0;
    }

    @Override
    public void household(Household household) throws IOException {
        if (badRows.due(slot++)) {
            file.write(badLine(household));
            tally.badRow(InboxKind.ERP);
        }
        file.write(line(household));
        tally.row(InboxKind.ERP);
    }

    @Override
    public void projectFinished(ProjectLayout project) throws IOException {
        close();
    }

    /** Finishes the open project's file, if any. */
    @Override
    public void close() throws IOException {
        RosterFile finished = file;
        file = null;
        tally.finish(InboxKind.ERP, finished);
    }

    private RosterLine line(Household household) {
        return new RosterLine(household, household.room(), RoomKeyStyles.anyStyle(household, random),
                household.ownerName(), household.phone(), household.delivered() ? "已交房" : "未交房",
                household.occupancy().label(), area(household));
    }

    /** Alternately an unparseable room and an unknown handover status, as clerks leave them. */
    private RosterLine badLine(Household household) {
        if (badRowsWritten++ % 2 == 0) {
            return new RosterLine(household, "待定", "待定", ChineseNames.next(random), MobileNumbers.next(random),
                    "已交房", OccupancyStatus.RESIDENT.label(), area(household));
        }
        // A penthouse the sales office sold off-plan: a room above the listed floors, so no real household.
        Household penthouse = new Household(household.serial(), household.project(), household.building(),
                household.unit(), household.building().floors() + 1, household.door(), "", "", false,
                OccupancyStatus.VACANT, household.marks());
        return new RosterLine(penthouse, penthouse.room(), RoomKeyStyles.anyStyle(penthouse, random),
                ChineseNames.next(random), MobileNumbers.next(random), "已售", OccupancyStatus.VACANT.label(),
                area(penthouse));
    }

    private double area(Household household) {
        double base = household.building().hasUnits() ? 78 + 12 * household.door() : 38 + 3 * household.door();
        return Math.round((base + random.nextDouble() * 30) * 100) / 100.0;
    }

    /** One roster row before a file shapes it. */
    private record RosterLine(Household household, String room, String combinedKey, String owner, String phone,
            String handover, String occupancy, double area) {

        int building() {
            return household.building().number();
        }

        int unit() {
            return household.unit();
        }

        String zone() {
            return household.zoneName();
        }
    }

    private interface RosterFile extends InboxFile {

        void write(RosterLine line) throws IOException;
    }

    /** Format 1: title row, Chinese headers, mixed cell types. */
    private final class TitledWorkbook implements RosterFile {

        private final XlsxBook book;
        private final XlsxSheet sheet;
        private final ProjectLayout project;
        private int number;

        TitledWorkbook(Path path, ProjectLayout project, LocalDateTime exportedAt) throws IOException {
            this.project = project;
            this.book = new XlsxBook(path, exportedAt);
            this.sheet = book.sheet("房屋台账")
                    .title(project.name() + "项目房屋台账 导出时间 " + exportedAt.toLocalDate() + " "
                            + String.format("%02d:%02d", exportedAt.getHour(), exportedAt.getMinute()))
                    .header("序号", "项目编码", "项目名称", "楼栋", "单元", "房号", "片区", "业主姓名", "联系电话",
                            "建筑面积(㎡)", "交房状态", "入住状态");
        }

        @Override
        public Path file() {
            return book.file();
        }

        @Override
        public void write(RosterLine line) throws IOException {
            // Some clerks type 3栋 / 2单元, others just the number, which Excel then stores as a number.
            boolean typed = random.nextDouble() < 0.4;
            Object building = typed ? line.building() + "栋" : (Object) line.building();
            Object unit = line.unit() == 0 ? "" : typed ? line.unit() + "单元" : (Object) line.unit();
            Object phone = line.phone().isEmpty() ? "" : (Object) Long.parseLong(line.phone());
            sheet.row(++number, project.code(), project.name(), building, unit, line.room(), line.zone(),
                    line.owner(), phone, line.area(), line.handover(), line.occupancy());
        }

        @Override
        public void close() throws IOException {
            book.sheet("导出说明").row("本表由ERP系统导出，交房状态以财务确认为准。");
            book.close();
        }
    }

    /** Format 2: GB18030 CSV, English headers, its own column order. */
    private final class EnglishCsv implements RosterFile {

        private final CsvTable csv;

        EnglishCsv(Path path) throws IOException {
            this.csv = CsvTable.create(path, CsvTable.Encoding.GB18030)
                    .header("Room", "Building", "Unit", "Zone", "Project_Code", "Project_Name", "Owner_Name", "Phone",
                            "Occupancy_Status", "Handover_Status", "Area");
        }

        @Override
        public Path file() {
            return csv.file();
        }

        @Override
        public void write(RosterLine line) throws IOException {
            ProjectLayout project = line.household().project();
            csv.row(line.room(), line.building(), line.unit() == 0 ? "" : line.unit(), line.zone(), project.code(),
                    project.name(), line.owner(), line.phone(), line.occupancy(), line.handover(), line.area());
        }

        @Override
        public void close() throws IOException {
            csv.close();
        }
    }

    /** Format 3: combined room key, no 楼栋 column, a summary sheet first. */
    private final class CombinedKeyWorkbook implements RosterFile {

        private final XlsxBook book;
        private final XlsxSheet sheet;

        CombinedKeyWorkbook(Path path, ProjectLayout project, LocalDateTime exportedAt) throws IOException {
            this.book = new XlsxBook(path, exportedAt);
            XlsxSheet summary = book.sheet("汇总").header("片区", "户数");
            for (int zone = 0; zone < project.zoneCount(); zone++) {
                summary.row(project.zoneName(zone), project.zoneSize(zone));
            }
            summary.row("合计", project.households());
            this.sheet = book.sheet("台账")
                    .header("项目编码", "项目名称", "房号", "片区", "业主姓名", "联系电话", "交房状态", "入住状态", "备注");
        }

        @Override
        public Path file() {
            return book.file();
        }

        @Override
        public void write(RosterLine line) throws IOException {
            ProjectLayout project = line.household().project();
            String note = line.owner().contains("、") ? "共有产权" : "";
            sheet.row(project.code(), project.name(), line.combinedKey(), line.zone(), line.owner(), line.phone(),
                    line.handover(), line.occupancy(), note);
        }

        @Override
        public void close() throws IOException {
            book.close();
        }
    }
}
