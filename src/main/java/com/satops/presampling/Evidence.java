package com.satops.presampling;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.Labelled;
import com.satops.common.domain.OccupancyStatus;
import com.satops.common.report.ReportText;
import java.time.LocalDate;

/**
 * What an exclusion rests on, so a project manager asking "why was 3-2-1502 not
 * sampled?" gets a file, a row and a date: the CRM mark for BLACK; for a status
 * exclusion the ERP change that set the status, or, if it never changed by the
 * as-of date, the roster that first listed the household and when it took effect.
 *
 * @param rowNo the row as Excel shows it; null where no stored record knows it
 */
public record Evidence(String source, LocalDate on, Labelled value, String fileName, String sheet, Integer rowNo) {

    /** The evidence of a household's outcome; null for an eligible one. */
    public static Evidence of(FrameRow row) {
        return switch (row.outcome()) {
            case BLACK -> new Evidence("CRM", row.markedOn(), CustomerClass.BLACK, row.markFile(), row.markSheet(),
                    row.markRow());
            case NOT_DELIVERED -> status(row, HandoverStatus.valueOf(row.handoverStatus()));
            case NOT_OCCUPIED -> status(row, OccupancyStatus.valueOf(row.occupancyStatus()));
            case ELIGIBLE -> null;
        };
    }

    private static Evidence status(FrameRow row, Labelled value) {
        if (row.changedOn() != null) {
            return new Evidence("ERP", row.changedOn(), value, row.changeFile(), null, row.changeRow());
        }
        return new Evidence("ERP", row.firstListedOn(), value, row.firstFile(), null, row.firstRow());
    }

    /** {@code CRM 2026-11-03 黑色客户，crm-1103.xlsx 第 57 行}; without a known row the file alone. */
    public String text(ReportText text) {
        return text.get("frame.evidenceOf", source, on.toString(), CodeText.of(text.locale(), value),
                SourceText.of(text, fileName, rowNo));
    }
}
