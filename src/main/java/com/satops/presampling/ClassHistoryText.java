package com.satops.presampling;

import com.satops.common.report.ReportText;
import java.util.List;
import java.util.StringJoiner;

/**
 * A household's class changes in date order as one cell:
 * {@code 2026-11-03 普通客户→黑色客户（crm-1103.csv 第 3 行）；2026-11-05 黑色客户→良好关系户（...）}.
 */
final class ClassHistoryText {

    private ClassHistoryText() {
    }

    static String of(ReportText text, List<ClassChangeRow> changes) {
        StringJoiner joined = new StringJoiner(text.get("frame.classChange.separator"));
        for (ClassChangeRow change : changes) {
            joined.add(text.get("frame.classChange", change.changedOn().toString(),
                    CodeText.customerClass(text.locale(), change.fromClass()),
                    CodeText.customerClass(text.locale(), change.toClass()),
                    SourceText.of(text, change.fileName(), change.rowNo())));
        }
        return joined.toString();
    }
}
