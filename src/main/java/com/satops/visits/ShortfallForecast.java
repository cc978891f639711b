package com.satops.visits;

import java.util.Map;

/**
 * How many of a project's households still to be covered this quarter the full
 * quotas of the quarter's later months cannot reach, at best. A steward reaches
 * only their own zone; project managers and department heads reach any zone, so
 * they are counted for what the stewards leave over. In the quarter's last month
 * no later month is left: the whole remainder is the shortfall.
 */
public final class ShortfallForecast {

    private ShortfallForecast() {
    }

    /**
     * @param laterMonths     months of the quarter after the planned one (0–2)
     * @param remainingByZone households neither covered nor assigned this month, per zone
     * @param stewardQuota    monthly quota of the zone's active stewards, summed, per zone
     * @param managerQuota    monthly quota of the project's active managers and department heads, summed
     */
    public static long of(int laterMonths, Map<String, Long> remainingByZone, Map<String, Long> stewardQuota,
                          long managerQuota) {
        long reachedByStewards = 0;
        long leftForManagers = 0;
        long remaining = 0;
        for (Map.Entry<String, Long> zone : remainingByZone.entrySet()) {
            long left = zone.getValue();
            long stewards = (long) laterMonths * stewardQuota.getOrDefault(zone.getKey(), 0L);
            remaining += left;
            reachedByStewards += Math.min(left, stewards);
            leftForManagers += Math.max(0, left - stewards);
        }
        long reachedByManagers = Math.min(leftForManagers, (long) laterMonths * managerQuota);
        return remaining - reachedByStewards - reachedByManagers;
    }
}
