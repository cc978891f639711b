package com.satops.patrol;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines of the patrol close-out (defaults in application.yml, explained in
 * jobs/patrol-closeout.md).
 *
 * @param closeWithinDays   days after 发现日期 a weekly-patrol issue has to be closed in
 * @param recheckWithinDays days after 发现日期 a daily-patrol issue has to be re-checked in
 * @param trendWeeks        weeks of close-out rate the summary shows, the reported week included
 */
@ConfigurationProperties("satops.patrol")
public record PatrolProperties(int closeWithinDays, int recheckWithinDays, int trendWeeks) {

    public PatrolProperties {
        if (closeWithinDays < 0 || recheckWithinDays < 0) {
            throw new IllegalArgumentException("satops.patrol deadlines cannot be negative: close-within-days="
                    + closeWithinDays + ", recheck-within-days=" + recheckWithinDays);
        }
        if (trendWeeks < 1) {
            throw new IllegalArgumentException("satops.patrol.trend-weeks must be at least 1, not " + trendWeeks);
        }
    }

    public CloseoutRules rules() {
        return new CloseoutRules(closeWithinDays, recheckWithinDays);
    }
}
