package com.satops.followup;

import com.satops.common.run.JobCatalog;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Today in the schedules' zone, from the application's clock: whether a checked day has ended. */
@Component
public class DayClock {

    private final Clock clock;
    private final FollowupProperties properties;

    public DayClock(Clock clock, FollowupProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }

    /**
     * The today a run's defaults are counted from: the daily check's yesterday is the day before today in the
     * zone its days are read in, which a server keeping another zone (UTC) would otherwise put a day earlier
     * every morning before midnight there; the other jobs count from the application clock's today.
     */
    public LocalDate todayFor(JobCatalog job) {
        return job.takes(JobCatalog.Option.DATE) ? today() : LocalDate.now(clock);
    }

    public boolean ended(FollowupDay day) {
        return day.endedBy(today());
    }
}
