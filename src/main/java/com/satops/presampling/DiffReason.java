package com.satops.presampling;

import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportText;

/** Why a household entered the eligible frame since last month, or left it. */
final class DiffReason {

    private DiffReason() {
    }

    static String direction(ReportText text, boolean entered) {
        return text.get(entered ? "frame.diff.entered" : "frame.diff.left");
    }

    /** The reason written beside one household of the frame-diff sheet. */
    static String of(ReportText text, FrameRow row) {
        ReportLocale locale = text.locale();
        if (row.outcome() == FrameOutcome.ELIGIBLE) {
            if (row.previousOutcome() == null) {
                return text.get("frame.diff.newInFrame");
            }
            return text.get("frame.diff.eligibleAgain", CodeText.of(locale, row.previousOutcome()));
        }
        return text.get("frame.diff.excludedNow", CodeText.of(locale, row.outcome()),
                Evidence.of(row).text(text));
    }

    /** The reason a summary line groups households by: last month's exclusion, or this month's. */
    static String of(ReportText text, DiffCount count) {
        if (count.entered()) {
            return count.previousOutcome() == null ? text.get("frame.diff.listedSince")
                    : text.get("frame.diff.excludedLastMonth", CodeText.of(text.locale(), count.previousOutcome()));
        }
        return text.get("frame.diff.excludedThisMonth", CodeText.of(text.locale(), count.outcome()));
    }
}
