package com.satops.followup;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What the figure and listing statements are given: the day's windows, the
 * allowances of FORMATS §5 in seconds (from {@link ServicePromise} and
 * {@link TwentyFourHourRule}, so SQL and Java judge alike), each type's overdue
 * cut-off and the projects (empty: all).
 */
public record FollowupQuery(LocalDateTime dayStart, LocalDateTime dayEnd, LocalDateTime previousStart,
                            long respondSeconds, long dispatchSeconds, long feedbackSeconds, long withinSeconds,
                            List<OverdueRule.Cutoff> overdueCutoffs, List<String> projects) {

    public static FollowupQuery of(FollowupDay day, OverdueRule overdue, List<String> projects) {
        return new FollowupQuery(day.start(), day.end(), day.previousStart(),
                ServicePromise.RESPOND.allowedSeconds(), ServicePromise.DISPATCH.allowedSeconds(),
                ServicePromise.FEEDBACK.allowedSeconds(), TwentyFourHourRule.seconds(), overdue.cutoffs(day),
                List.copyOf(projects));
    }
}
