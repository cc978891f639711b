package com.satops.presampling;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.Labelled;
import com.satops.common.domain.OccupancyStatus;
import com.satops.common.report.ReportLocale;

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
    static String field(ReportLocale locale, String field) {
        return switch (field) {
            case "CLASS" -> locale.pick("客户类别", "customer class");
            case "HANDOVER" -> locale.pick("交房状态", "handover status");
            case "OCCUPANCY" -> locale.pick("入住状态", "occupancy status");
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

    static String yesNo(ReportLocale locale, boolean yes) {
        return yes ? locale.pick("是", "yes") : locale.pick("否", "no");
    }
}
