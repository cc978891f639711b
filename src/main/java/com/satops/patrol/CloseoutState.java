package com.satops.patrol;

/** Where a weekly-patrol issue stands on the as-of date. */
public enum CloseoutState {
    CLOSED_ON_TIME,
    CLOSED_LATE,
    /** Not closed, deadline not passed yet. */
    OPEN,
    /** Not closed, deadline passed. */
    OVERDUE
}
