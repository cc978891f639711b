package com.satops.patrol;

import com.satops.common.domain.PatrolCategory;
import com.satops.common.domain.PatrolStatus;
import com.satops.common.report.ReportLocale;

/** Sheet names, headers and values of the close-out report and mail in the report locale. */
final class CloseoutText {

    private final ReportLocale locale;

    CloseoutText(ReportLocale locale) {
        this.locale = locale;
    }

    ReportLocale locale() {
        return locale;
    }

    String pick(String chinese, String english) {
        return locale.pick(chinese, english);
    }

    String company() {
        return pick("全公司", "Company");
    }

    String foundHeader() {
        return pick("本周发现", "Found");
    }

    String closedHeader() {
        return pick("已销项", "Closed");
    }

    String rateHeader() {
        return pick("销项率", "Close-out rate");
    }

    String overdueHeader() {
        return pick("逾期未销项", "Overdue");
    }

    String recheckDueHeader() {
        return pick("日巡应复查", "Re-checks due");
    }

    String recheckOnTimeHeader() {
        return pick("按时复查", "Re-checked on time");
    }

    String category(PatrolCategory category) {
        if (category == null) {
            return pick("未分类", "(none)");
        }
        return pick(category.label(), category.name());
    }

    String status(PatrolStatus status) {
        return status == null ? null : pick(status.label(), status.name());
    }

    String closeoutState(CloseoutState state) {
        return switch (state) {
            case CLOSED_ON_TIME -> pick("按期销项", "closed on time");
            case CLOSED_LATE -> pick("逾期销项", "closed late");
            case OPEN -> pick("未销项", "open");
            case OVERDUE -> pick("逾期未销项", "overdue");
        };
    }

    String recheckState(RecheckState state) {
        return switch (state) {
            case ON_TIME -> pick("按时复查", "on time");
            case LATE -> pick("逾期复查", "re-checked late");
            case MISSING -> pick("未复查", "missing");
            case PENDING -> pick("待复查", "pending");
        };
    }

    String yesNo(boolean value) {
        return value ? pick("是", "yes") : pick("否", "no");
    }
}
