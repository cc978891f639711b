package com.satops.patrol;

import com.satops.common.run.IsoWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One reported patrol week judged as of a date. An earlier week of the trend is
 * judged as of the same distance after it ({@code asOf} minus the same number of
 * weeks), so each trend point is what that week's own report said at the same lag.
 */
public record CloseoutWeek(IsoWeek week, LocalDate asOf, CloseoutRules rules) {

    public LocalDate monday() {
        return week.monday();
    }

    public LocalDate sunday() {
        return week.sunday();
    }

    /** The last 发现日期 that counts: the week's Sunday, or the as-of date when that comes first. */
    public LocalDate foundUntil() {
        return asOf.isBefore(sunday()) ? asOf : sunday();
    }

    public CloseoutWeek earlier(int weeks) {
        return new CloseoutWeek(week.minusWeeks(weeks), asOf.minusWeeks(weeks), rules);
    }

    /** {@code count} weeks ending with this one, oldest first. */
    public List<CloseoutWeek> trend(int count) {
        List<CloseoutWeek> weeks = new ArrayList<>(count);
        for (int back = count - 1; back >= 0; back--) {
            weeks.add(earlier(back));
        }
        return weeks;
    }

    /** The statement parameters for the given projects (empty: all). */
    public IssueQuery query(List<String> projects) {
        return new IssueQuery(monday(), foundUntil(), asOf, rules.overdueFoundBefore(asOf),
                rules.recheckWithinDays(), List.copyOf(projects));
    }

    @Override
    public String toString() {
        return week.toString();
    }
}
