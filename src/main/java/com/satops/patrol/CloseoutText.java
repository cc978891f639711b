package com.satops.patrol;

import com.satops.common.domain.PatrolCategory;
import com.satops.common.domain.PatrolStatus;
import com.satops.common.report.ReportText;

/** The values the close-out workbook shows for categories, statuses and states, from the report bundle. */
final class CloseoutText {

    private final ReportText text;

    CloseoutText(ReportText text) {
        this.text = text;
    }

    String category(PatrolCategory category) {
        return category == null ? text.get("patrol.noCategory") : text.code(category);
    }

    String status(PatrolStatus status) {
        return text.code(status);
    }

    String closeoutState(CloseoutState state) {
        return text.get("patrol.closeoutState." + state.name());
    }

    String recheckState(RecheckState state) {
        return text.get("patrol.recheckState." + state.name());
    }
}
