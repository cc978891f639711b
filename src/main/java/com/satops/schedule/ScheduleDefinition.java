package com.satops.schedule;

import java.util.List;

/** One job's schedule: when Quartz fires it and with which parameters. */
public record ScheduleDefinition(String job, String cron, String timeZone, String locale, List<String> projects,
                                 String source) {
}
