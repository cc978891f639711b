package com.satops.followup;

import com.satops.common.domain.ReturnVisitRating;
import java.time.Duration;
import java.time.LocalDateTime;

/**
 * The two 24-hour rules of the plan: a return visit (回访) within 24 hours of
 * 完成时间, and a dissatisfied return visit followed up (跟进) within 24 hours of
 * 回访时间. 24 h 00 min 00 s is still in time.
 */
public final class TwentyFourHourRule {

    public static final Duration WITHIN = Duration.ofHours(24);

    private TwentyFourHourRule() {
    }

    /** Counted in {@code returnVisitDue}: completed on the day before the checked day, whatever its status now. */
    public static boolean returnVisitDue(FollowupDay day, LocalDateTime completedAt) {
        return day.onDayBefore(completedAt);
    }

    public static boolean returnVisitInTime(LocalDateTime completedAt, LocalDateTime returnVisitAt) {
        return inTime(completedAt, returnVisitAt);
    }

    /** Counted in {@code dissatisfied}: a DISSATISFIED return visit on the day before the checked day. */
    public static boolean dissatisfied(FollowupDay day, LocalDateTime returnVisitAt, ReturnVisitRating rating) {
        return rating == ReturnVisitRating.DISSATISFIED && day.onDayBefore(returnVisitAt);
    }

    public static boolean followedUpInTime(LocalDateTime returnVisitAt, LocalDateTime followedUpAt) {
        return inTime(returnVisitAt, followedUpAt);
    }

    public static LocalDateTime deadline(LocalDateTime from) {
        return from.plus(WITHIN);
    }

    public static long seconds() {
        return WITHIN.toSeconds();
    }

    private static boolean inTime(LocalDateTime from, LocalDateTime at) {
        return from != null && at != null && !at.isAfter(deadline(from));
    }
}
