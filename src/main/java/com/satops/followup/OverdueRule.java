package com.satops.followup;

import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * An order is overdue when it is open at the end of the checked day (its latest
 * row not COMPLETED or CLOSED, or its 完成时间 after that moment) and its 创建时间 is
 * more than its type's hours before that moment. Types without hours (INQUIRY,
 * SUGGESTION) are never overdue.
 */
public record OverdueRule(Map<WorkOrderType, Integer> hoursByType) {

    public OverdueRule {
        hoursByType = Map.copyOf(hoursByType);
    }

    /** One type's limit as the figure statements compare it: created before {@code createdBefore} is overdue. */
    public record Cutoff(WorkOrderType type, LocalDateTime createdBefore) {
    }

    public boolean overdue(FollowupDay day, WorkOrderType type, WorkOrderStatus status, LocalDateTime createdAt,
                           LocalDateTime completedAt) {
        Integer hours = hoursByType.get(type);
        if (hours == null || !openAt(day.end(), status, completedAt)) {
            return false;
        }
        return createdAt.isBefore(day.end().minusHours(hours));
    }

    public static boolean openAt(LocalDateTime moment, WorkOrderStatus status, LocalDateTime completedAt) {
        return !status.finished() || completedAt == null || !completedAt.isBefore(moment);
    }

    /** Whole hours from 创建时间 to the day's end. */
    public static long hoursOpen(FollowupDay day, LocalDateTime createdAt) {
        return Duration.between(createdAt, day.end()).toHours();
    }

    public Integer hours(WorkOrderType type) {
        return hoursByType.get(type);
    }

    public List<Cutoff> cutoffs(FollowupDay day) {
        return hoursByType.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Cutoff(e.getKey(), day.end().minusHours(e.getValue())))
                .toList();
    }
}
