package com.satops.followup;

import com.satops.common.domain.WorkOrderType;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the daily work-order check (defaults in application.yml, explained in
 * jobs/service-followup.md).
 *
 * @param overdueHours hours after 创建时间 an order of each promised type (REPAIR, COMPLAINT)
 *                     may stay open before it counts as overdue
 * @param timeZone     the zone the CRM's date-times and the day's end are read in: the schedules' zone
 */
@ConfigurationProperties("satops.followup")
public record FollowupProperties(Map<WorkOrderType, Integer> overdueHours, ZoneId timeZone) {

    public FollowupProperties {
        overdueHours = overdueHours == null ? Map.of() : Map.copyOf(overdueHours);
        for (WorkOrderType type : WorkOrderType.values()) {
            Integer hours = overdueHours.get(type);
            if (type.promised() && hours == null) {
                throw new IllegalArgumentException("satops.followup.overdue-hours." + type + " is missing");
            }
            if (hours != null && hours < 0) {
                throw new IllegalArgumentException("satops.followup.overdue-hours." + type
                        + " cannot be negative, not " + hours);
            }
        }
        if (timeZone == null) {
            throw new IllegalArgumentException("satops.followup.time-zone is missing");
        }
    }

    public OverdueRule overdueRule() {
        Map<WorkOrderType, Integer> promised = new EnumMap<>(WorkOrderType.class);
        overdueHours.forEach((type, hours) -> {
            if (type.promised()) {
                promised.put(type, hours);
            }
        });
        return new OverdueRule(promised);
    }
}
