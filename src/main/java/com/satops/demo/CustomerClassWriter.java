package com.satops.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

import com.satops.common.domain.CustomerClass;
import com.satops.common.inbox.InboxKind;

/**
 * Writes {@code crm/}: the CRM's customer classification (客户分类) as one
 * workbook with a notes sheet and a sheet per project. The first project's
 * clerk kept 标记日期 as real Excel dates; the others typed them as text
 * ({@code 2026/11/3}, {@code 2026年11月3日}, {@code 2026-11-03}). Households
 * re-classified appear once per mark, so only the latest tells their class.
 * About one bad row per thousand households: a date that does not exist, or a
 * class the contract does not know.
 */
final class CustomerClassWriter implements HouseholdVisitor, Closeable {

    private static final double BAD_ROW_RATE = 0.001;

    private final ManifestTally tally;
    private final LocalDate today;
    private final SplittableRandom random;
    private final BadRowSchedule badRows;
    private XlsxBook book;
    private XlsxSheet sheet;
    private boolean dateCells;
    private int number;
    private int badRowsWritten;

    CustomerClassWriter(ManifestTally tally, LocalDate today, long households, SplittableRandom random) {
        this.tally = tally;
        this.today = today;
        this.random = random;
        this.badRows = BadRowSchedule.spread(households, BadRowSchedule.countFor(households, BAD_ROW_RATE), random);
    }

    void open() throws IOException {
        Path folder = Files.createDirectories(tally.folder(InboxKind.CRM));
        book = new XlsxBook(folder.resolve("客户分类-" + today.format(RosterWriter.FILE_DATE) + ".xlsx"),
                today.atTime(8, 45));
        XlsxSheet notes = book.sheet("说明");
        notes.row("客户分类导出（CRM）");
        notes.row("客户类别：黑色客户 / 良好关系户 / 普通客户；同一房屋以最新标记日期为准。");
        notes.row("导出人：客服中心");
    }

    @Override
    public void projectStarted(ProjectLayout project) throws IOException {
        String name = project.code() + " " + project.name();
        sheet = book.sheet(name.length() > 31 ? name.substring(0, 31) : name)
                .header("序号", "项目编码", "房号", "业主姓名", "客户类别", "标记日期", "标记人", "备注");
        dateCells = project.index() == 0;
        number = 0;
    }

    @Override
    public void household(Household household) throws IOException {
        if (badRows.due(household.serial())) {
            writeBadRow(household);
        }
        for (ClassMark mark : household.marks()) {
            Object markedOn = dateCells ? mark.markedOn() : TextDates.anyForm(mark.markedOn(), random);
            sheet.row(++number, household.project().code(), RoomKeyStyles.anyStyle(household, random),
                    household.ownerName(), mark.customerClass().label(), markedOn, ChineseNames.next(random),
                    mark.note());
            tally.row(InboxKind.CRM);
        }
    }

    /** Alternately a date that does not exist and a class the CRM admin invented. */
    private void writeBadRow(Household household) throws IOException {
        LocalDate someDay = today.minusDays(1 + random.nextInt(300));
        boolean badDate = badRowsWritten++ % 2 == 0;
        String customerClass = badDate ? CustomerClass.BLACK.label() : "VIP客户";
        Object markedOn = badDate ? TextDates.nonexistentIn(someDay)
                : dateCells ? someDay : TextDates.anyForm(someDay, random);
        sheet.row(++number, household.project().code(), RoomKeyStyles.anyStyle(household, random),
                household.ownerName(), customerClass, markedOn, ChineseNames.next(random), "");
        tally.badRow(InboxKind.CRM);
    }

    @Override
    public void close() throws IOException {
        XlsxBook finished = book;
        book = null;
        tally.finish(InboxKind.CRM, finished);
    }
}
