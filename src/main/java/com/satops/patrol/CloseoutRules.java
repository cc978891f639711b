package com.satops.patrol;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The deadlines of FORMATS §5 patrol-closeout for one issue: a weekly-patrol
 * issue is closed within {@code closeWithinDays} of being found, a daily-patrol
 * one re-checked within {@code recheckWithinDays}. A deadline day itself is still in time.
 */
public record CloseoutRules(int closeWithinDays, int recheckWithinDays) {

    public LocalDate closeDeadline(LocalDate foundOn) {
        return foundOn.plusDays(closeWithinDays);
    }

    /** Closed after its deadline: counted as closed, marked "closed late". */
    public boolean closedLate(LocalDate foundOn, LocalDate closedOn) {
        return closedOn != null && closedOn.isAfter(closeDeadline(foundOn));
    }

    /** Whether an issue not closed as of {@code asOf} is past its deadline. */
    public boolean pastDeadline(LocalDate foundOn, LocalDate asOf) {
        return closeDeadline(foundOn).isBefore(asOf);
    }

    /** Days from the deadline to {@code asOf}; 0 while the deadline has not passed. */
    public long daysOverdue(LocalDate foundOn, LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(closeDeadline(foundOn), asOf));
    }

    /**
     * Issues found before this day are past their deadline on {@code asOf}
     * (deadline before as-of ⇔ found_on + closeWithinDays &lt; asOf): lets SQL compare a plain date.
     */
    public LocalDate overdueFoundBefore(LocalDate asOf) {
        return asOf.minusDays(closeWithinDays);
    }

    /** Where a weekly-patrol issue stands as of {@code asOf}, judged on its current status. */
    public CloseoutState closeoutState(LocalDate foundOn, boolean closed, LocalDate closedOn, LocalDate asOf) {
        if (closed && closedOn != null && !closedOn.isAfter(asOf)) {
            return closedLate(foundOn, closedOn) ? CloseoutState.CLOSED_LATE : CloseoutState.CLOSED_ON_TIME;
        }
        return pastDeadline(foundOn, asOf) ? CloseoutState.OVERDUE : CloseoutState.OPEN;
    }

    public LocalDate recheckDeadline(LocalDate foundOn) {
        return foundOn.plusDays(recheckWithinDays);
    }

    /** How a daily-patrol issue's re-check stands as of {@code asOf}. */
    public RecheckState recheckState(LocalDate foundOn, LocalDate recheckedOn, LocalDate asOf) {
        LocalDate deadline = recheckDeadline(foundOn);
        if (recheckedOn != null) {
            return recheckedOn.isAfter(deadline) ? RecheckState.LATE : RecheckState.ON_TIME;
        }
        return deadline.isBefore(asOf) ? RecheckState.MISSING : RecheckState.PENDING;
    }

    /** Days a re-check came (or is) past its deadline: 0 when on time or still pending. */
    public long recheckDaysLate(LocalDate foundOn, LocalDate recheckedOn, LocalDate asOf) {
        LocalDate until = recheckedOn != null ? recheckedOn : asOf;
        return Math.max(0, ChronoUnit.DAYS.between(recheckDeadline(foundOn), until));
    }
}
