package com.satops.followup;

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

    public boolean ended(FollowupDay day) {
        return day.endedBy(today());
    }
}
