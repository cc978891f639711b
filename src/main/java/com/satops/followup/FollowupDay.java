package com.satops.followup;

import com.satops.common.run.PeriodEnd;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The day a run checks and the windows its rules look at, as local date-times of
 * the schedules' zone: orders created on the day, completed or return-visited the
 * day before (whose 24 hours run out by the day's end), and the day's end.
 */
public record FollowupDay(LocalDate date) {

    public LocalDateTime start() {
        return date.atStartOfDay();
    }

    /** The first moment after the day: what "open at the end of --date" is judged at. */
    public LocalDateTime end() {
        return date.plusDays(1).atStartOfDay();
    }

    public LocalDateTime previousStart() {
        return date.minusDays(1).atStartOfDay();
    }

    /** Whether a time falls on the day before: a completion or return visit due for its 24 hours today. */
    public boolean onDayBefore(LocalDateTime at) {
        return within(at, previousStart(), start());
    }

    /**
     * A day that has not ended by {@code today} (today, or later) holds its mails (FORMATS §4):
     * the real run after it still mails everyone.
     */
    public boolean endedBy(LocalDate today) {
        return PeriodEnd.dayEnded(date, today);
    }

    private static boolean within(LocalDateTime at, LocalDateTime from, LocalDateTime until) {
        return at != null && !at.isBefore(from) && at.isBefore(until);
    }

    @Override
    public String toString() {
        return date.toString();
    }
}
