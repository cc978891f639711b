package com.satops.presampling;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.Labelled;
import com.satops.common.domain.OccupancyStatus;
import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportText;

/**
 * Codes as a report shows them: the Chinese label in a zh-CN report
 * ({@code 黑色客户}), the contract's English code in an en one ({@code BLACK}).
 */
final class CodeText {

    private CodeText() {
    }

    static String of(ReportLocale locale, Labelled value) {
        return locale.code(value);
    }

    static String customerClass(ReportLocale locale, String code) {
        return code == null ? null : of(locale, CustomerClass.valueOf(code));
    }

    /** A history row's field (CLASS, HANDOVER, OCCUPANCY) as a column title would name it. */
    static String field(ReportText text, String field) {
        return switch (field) {
            case "CLASS" -> text.get("frame.field.class");
            case "HANDOVER" -> text.get("frame.field.handover");
            case "OCCUPANCY" -> text.get("frame.field.occupancy");
            default -> field;
        };
    }

    /** A value of a history row's field. */
    static String fieldValue(ReportLocale locale, String field, String code) {
        return switch (field) {
            case "CLASS" -> of(locale, CustomerClass.valueOf(code));
            case "HANDOVER" -> of(locale, HandoverStatus.valueOf(code));
            case "OCCUPANCY" -> of(locale, OccupancyStatus.valueOf(code));
            default -> code;
        };
    }
}
