package com.satops.visits;

/** What one person got this month, by why the households were chosen. */
public record StaffCount(String staffNo, long assigned, long black, long lowScore, long coverage) {
}
