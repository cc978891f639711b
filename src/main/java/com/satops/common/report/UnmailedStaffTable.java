package com.satops.common.report;

import java.util.List;

/**
 * The summary-sheet section that names who got no mail for lack of an email
 * address (工号, name, role, what they would have received), so whoever reads the
 * summary can hand it to them; "none" when everyone was mailed.
 */
public final class UnmailedStaffTable {

    private UnmailedStaffTable() {
    }

    /** A person and what their mail would have carried (a workbook's file name). */
    public record Entry(UnmailedStaff person, String wouldHaveReceived) {
    }

    public static void write(SheetWriter sheet, ReportText text, List<Entry> entries) {
        sheet.title(text.get("unmailed.title"));
        if (entries.isEmpty()) {
            sheet.row(text.get("unmailed.none"));
        } else {
            sheet.table(Column.code(text.get("col.staffNo")), Column.text(text.get("col.name")),
                    Column.text(text.get("col.role")), Column.code(text.get("col.project")),
                    Column.code(text.get("unmailed.what")));
            for (Entry entry : entries) {
                UnmailedStaff person = entry.person();
                sheet.row(person.staffNo(), person.staffName(), text.code(person.role()), person.projectCode(),
                        entry.wouldHaveReceived());
            }
        }
        sheet.blank();
    }
}
