package com.satops.presampling;

import com.satops.common.report.ReportLocale;

/** Why a household entered the eligible frame since last month, or left it. */
final class DiffReason {

    private DiffReason() {
    }

    static String direction(ReportLocale locale, boolean entered) {
        return entered ? locale.pick("进入", "entered") : locale.pick("退出", "left");
    }

    /** The reason written beside one household of the frame-diff sheet. */
    static String of(ReportLocale locale, FrameRow row) {
        if (row.outcome() == FrameOutcome.ELIGIBLE) {
            if (row.previousOutcome() == null) {
                return locale.pick("上月抽样框没有此户（此后才列入台账）", "not in last month's frame (listed since)");
            }
            String was = CodeText.of(locale, row.previousOutcome());
            return locale.pick("上月排除（" + was + "），本月可抽样", "excluded last month (" + was + "), eligible now");
        }
        String now = CodeText.of(locale, row.outcome());
        String evidence = Evidence.of(row).text(locale);
        return locale.pick("本月排除（" + now + "）：" + evidence, "excluded now (" + now + "): " + evidence);
    }

    /** The reason a summary line groups households by: last month's exclusion, or this month's. */
    static String of(ReportLocale locale, DiffCount count) {
        if (count.entered()) {
            return count.previousOutcome() == null
                    ? locale.pick("此后才列入台账", "listed since last month")
                    : locale.pick("上月排除：", "excluded last month: ") + CodeText.of(locale, count.previousOutcome());
        }
        return locale.pick("本月排除：", "excluded now: ") + CodeText.of(locale, count.outcome());
    }
}
