package com.satops.service;

import java.time.ZonedDateTime;
import java.util.List;

/** A job's schedule as the service shows it: the file's cron, zone and parameters, and the scheduler's state. */
public record ScheduleView(String job, String cron, String timeZone, String locale, List<String> projects,
                           ZonedDateTime nextFireTime, boolean paused, String source) {
}
