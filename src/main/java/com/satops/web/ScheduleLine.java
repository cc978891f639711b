package com.satops.web;

import com.satops.service.ScheduleView;
import java.text.ParseException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * A schedule as the pages show it: the service's view, its cron in words, and
 * the fire times after the next one, read off the same cron in the schedule's zone.
 */
public record ScheduleLine(ScheduleView view, String words, List<ZonedDateTime> nextFires) {

    static final int FIRES_SHOWN = 3;

    public static ScheduleLine of(ScheduleView view, String words) {
        return new ScheduleLine(view, words, fires(view));
    }

    public String job() {
        return view.job();
    }

    public String cron() {
        return view.cron();
    }

    public String timeZone() {
        return view.timeZone();
    }

    public boolean paused() {
        return view.paused();
    }

    public ZonedDateTime nextFire() {
        return view.nextFireTime();
    }

    private static List<ZonedDateTime> fires(ScheduleView view) {
        List<ZonedDateTime> fires = new ArrayList<>();
        if (view.nextFireTime() == null) {
            return fires;
        }
        fires.add(view.nextFireTime());
        try {
            CronExpression cron = new CronExpression(view.cron());
            cron.setTimeZone(TimeZone.getTimeZone(view.timeZone()));
            Date after = Date.from(view.nextFireTime().toInstant());
            while (fires.size() < FIRES_SHOWN && (after = cron.getNextValidTimeAfter(after)) != null) {
                fires.add(after.toInstant().atZone(ZoneId.of(view.timeZone())));
            }
        } catch (ParseException e) {
            // The schedule files are checked when read; a cron Quartz cannot parse shows its next fire only.
        }
        return fires;
    }
}
