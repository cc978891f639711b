package com.satops.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import com.satops.common.inbox.InboxKind;

/**
 * Writes {@code staff/}: HR's staff list as one plain UTF-8 CSV (no BOM, as the
 * HR web system exports it), with the extra columns HR keeps. No row is bad:
 * the list is short enough that one bad row could trip the reject rate.
 */
final class StaffWriter {

    private final ManifestTally tally;
    private final LocalDate today;

    StaffWriter(ManifestTally tally, LocalDate today) {
        this.tally = tally;
        this.today = today;
    }

    void write(StaffRoster roster) throws IOException {
        Path folder = Files.createDirectories(tally.folder(InboxKind.STAFF));
        Path file = folder.resolve("人员名单-" + today.format(RosterWriter.FILE_DATE) + ".csv");
        try (CsvTable csv = CsvTable.create(file, CsvTable.Encoding.UTF8)) {
            csv.header("工号", "姓名", "岗位", "部门", "项目编码", "片区", "手机", "邮箱", "月拜访指标", "在职");
            for (StaffMember member : roster.everyone()) {
                csv.row(member.staffNo(), member.name(), member.role().label(), member.department(),
                        member.project().code(), member.zoneName(), member.mobile(), member.email(),
                        member.monthlyQuota(), member.active() ? "是" : "否");
                tally.row(InboxKind.STAFF);
            }
        }
        tally.file(InboxKind.STAFF, file);
    }
}
