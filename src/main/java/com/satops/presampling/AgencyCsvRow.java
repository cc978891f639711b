package com.satops.presampling;

import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportText;
import com.satops.common.text.PhoneMask;
import com.satops.common.text.SpreadsheetText;
import java.util.List;

/**
 * One line of the survey agency's CSV: phone masked unless the deployment lets
 * the agency have it, and every text guarded so a spreadsheet never runs it as a formula.
 */
final class AgencyCsvRow {

    private AgencyCsvRow() {
    }

    /** The agency's column names: the Chinese input names, or the contract's keys in English. */
    static List<String> header(ReportText text) {
        return List.of("project_code", "project_name", "room", "zone", "owner_name", "phone", "customer_class")
                .stream().map(key -> text.get("agency." + key)).toList();
    }

    static List<String> cells(EligibleRow row, ReportLocale locale, boolean unmaskPhone) {
        String phone = unmaskPhone ? row.phone() : PhoneMask.mask(row.phone());
        return List.of(safe(row.projectCode()), safe(row.projectName()), safe(row.roomKey()), safe(row.zone()),
                safe(row.ownerName()), safe(phone), safe(CodeText.customerClass(locale, row.customerClass())));
    }

    private static String safe(String value) {
        return value == null ? "" : SpreadsheetText.safe(value);
    }
}
