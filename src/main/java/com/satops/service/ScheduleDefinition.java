package com.satops.service;

import java.util.List;

/** One job's schedule: when Quartz fires it and with which parameters. */
public record ScheduleDefinition(String job, String cron, String timeZone, String locale, List<String> projects,
                                 String source) {

    /** Everything that decides when and how the job fires; a trigger with the same signature is left alone. */
    public String signature() {
        return String.join("|", cron, timeZone, locale, String.join(",", projects));
    }
}
