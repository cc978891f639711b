package com.satops.visits;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The month lists are made for and the calendar quarter it belongs to. Coverage
 * counts visits from the quarter's first day up to, not including, the month's
 * first day: a visit on the 1st belongs to the month being planned.
 */
public record VisitMonth(YearMonth month) {

    public static VisitMonth of(YearMonth month) {
        return new VisitMonth(month);
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public LocalDate quarterStart() {
        int firstMonthOfQuarter = (month.getMonthValue() - 1) / 3 * 3 + 1;
        return LocalDate.of(month.getYear(), firstMonthOfQuarter, 1);
    }

    /** Months of the quarter still to come after this one: 2, 1 or 0 (the quarter's last month). */
    public int laterMonthsInQuarter() {
        return 2 - (month.getMonthValue() - 1) % 3;
    }

    /** {@code 2026-Q4}. */
    public String quarter() {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    /** Whether a visit on this day (before the month) covers a household this quarter. */
    public boolean covers(LocalDate visitedOn) {
        return visitedOn != null && !visitedOn.isBefore(quarterStart()) && visitedOn.isBefore(firstDay());
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
