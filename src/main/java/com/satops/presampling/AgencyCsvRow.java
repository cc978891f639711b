package com.satops.presampling;

import com.satops.common.report.ReportLocale;
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

    static List<String> header(ReportLocale locale) {
        return List.of(locale.pick("项目编码", "project_code"), locale.pick("项目名称", "project_name"),
                locale.pick("房号", "room"), locale.pick("片区", "zone"), locale.pick("业主姓名", "owner_name"),
                locale.pick("联系电话", "phone"), locale.pick("客户类别", "customer_class"));
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
