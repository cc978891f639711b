package com.satops.patrol;

import java.time.LocalDate;
import java.util.List;

/**
 * What the close-out statements are given: the week's first day and last counted
 * 发现日期, the as-of date, the 发现日期 before which an open weekly issue is
 * overdue, the re-check allowance and the projects (empty: all).
 */
public record IssueQuery(LocalDate monday, LocalDate foundUntil, LocalDate asOf, LocalDate overdueFoundBefore,
                         int recheckWithinDays, List<String> projects) {
}
