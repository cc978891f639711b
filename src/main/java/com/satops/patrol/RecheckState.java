package com.satops.patrol;

/** Where a daily-patrol issue's re-check stands on the as-of date. */
public enum RecheckState {
    ON_TIME,
    /** Re-checked, but after the deadline. */
    LATE,
    /** Not re-checked and the deadline has passed. */
    MISSING,
    /** Not re-checked yet, the deadline is still ahead. */
    PENDING
}
