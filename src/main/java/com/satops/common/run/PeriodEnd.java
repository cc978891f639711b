package com.satops.common.run;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Whether a reported period is over, the rule that holds its mails (FORMATS §4):
 * a report run before its period has ended is written, but whoever it is mailed
 * to would read figures that are not final, and the real run after the period
 * must still mail them. A week or month judged {@code asOf} a day is over once its
 * last day is that day or earlier (the as-of day counts as lived through); the
 * daily job, which takes no as-of, judges its day against today, which is not over.
 */
public final class PeriodEnd {

    private PeriodEnd() {
    }

    /** A patrol week is over as of a day on or after its Sunday. */
    public static boolean weekEnded(IsoWeek week, LocalDate asOf) {
        return lastDayLived(week.sunday(), asOf);
    }

    /** A month is over as of a day on or after its last day. */
    public static boolean monthEnded(YearMonth month, LocalDate asOf) {
        return lastDayLived(month.atEndOfMonth(), asOf);
    }

    /** A day checked by the daily job is over once today is a later day. */
    public static boolean dayEnded(LocalDate day, LocalDate today) {
        return day.isBefore(today);
    }

    private static boolean lastDayLived(LocalDate lastDay, LocalDate asOf) {
        return !lastDay.isAfter(asOf);
    }
}
