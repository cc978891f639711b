package com.satops.presampling;

import com.satops.common.report.ReportLocale;
import java.util.List;
import java.util.StringJoiner;

/**
 * A household's class changes in date order as one cell:
 * {@code 2026-11-03 普通客户→黑色客户 (crm-1103.csv row 3); 2026-11-05 黑色客户→良好关系户 (...)}.
 */
final class ClassHistoryText {

    private ClassHistoryText() {
    }

    static String of(ReportLocale locale, List<ClassChangeRow> changes) {
        StringJoiner text = new StringJoiner("; ");
        for (ClassChangeRow change : changes) {
            String source = change.fileName() + (change.rowNo() == null ? "" : " row " + change.rowNo());
            text.add(change.changedOn() + " " + CodeText.customerClass(locale, change.fromClass()) + "→"
                    + CodeText.customerClass(locale, change.toClass()) + " (" + source + ")");
        }
        return text.toString();
    }
}
