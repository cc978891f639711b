package com.satops.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Says a Quartz cron expression as a sentence an ops admin reads at a glance
 * ("每周一 06:00", "On day 25 of every month at 02:00"). It knows the shapes
 * schedules are written in — every day, some weekdays, a day of the month, the
 * month's last day, each at one time — and says nothing about any other, so the
 * page never shows a wrong sentence: it shows the expression as written.
 */
public final class CronInWords {

    private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
    private static final List<String> DAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");
    /** Quartz numbers weekdays from Sunday = 1. */
    private static final Map<String, String> QUARTZ_DAY_NUMBERS = Map.of(
            "1", "SUN", "2", "MON", "3", "TUE", "4", "WED", "5", "THU", "6", "FRI", "7", "SAT");

    private final MessageSource messages;

    public CronInWords(MessageSource messages) {
        this.messages = messages;
    }

    public Optional<String> describe(String cron, Locale locale) {
        String[] fields = cron.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (fields.length < 6 || fields.length > 7 || (fields.length == 7 && !"*".equals(fields[6]))) {
            return Optional.empty();
        }
        String second = fields[0];
        String minute = fields[1];
        String hour = fields[2];
        String dayOfMonth = fields[3];
        String month = fields[4];
        String dayOfWeek = fields[5];
        if (!NUMBER.matcher(second).matches() || !NUMBER.matcher(minute).matches()
                || !NUMBER.matcher(hour).matches() || !"*".equals(month)) {
            return Optional.empty();
        }
        String time = Integer.parseInt(second) == 0
                ? String.format("%02d:%02d", Integer.parseInt(hour), Integer.parseInt(minute))
                : String.format("%02d:%02d:%02d", Integer.parseInt(hour), Integer.parseInt(minute),
                        Integer.parseInt(second));
        boolean anyDayOfMonth = "*".equals(dayOfMonth) || "?".equals(dayOfMonth);
        boolean anyDayOfWeek = "*".equals(dayOfWeek) || "?".equals(dayOfWeek);
        if (anyDayOfMonth && anyDayOfWeek) {
            return Optional.of(say("console.cron.daily", locale, time));
        }
        if (anyDayOfMonth) {
            return weekdays(dayOfWeek, locale).map(days -> say("console.cron.weekly", locale, days, time));
        }
        if (!anyDayOfWeek) {
            return Optional.empty();
        }
        if ("L".equals(dayOfMonth)) {
            return Optional.of(say("console.cron.lastDayOfMonth", locale, time));
        }
        if (NUMBER.matcher(dayOfMonth).matches()) {
            return Optional.of(say("console.cron.monthly", locale, Integer.parseInt(dayOfMonth), time));
        }
        return Optional.empty();
    }

    /** "MON", "MON,WED,FRI", "MON-FRI" or their Quartz numbers, as day names; anything else is not said. */
    private Optional<String> weekdays(String field, Locale locale) {
        List<String> parts = new ArrayList<>();
        for (String item : field.split(",")) {
            String[] range = item.split("-");
            if (range.length > 2) {
                return Optional.empty();
            }
            List<String> days = new ArrayList<>();
            for (String day : range) {
                String name = QUARTZ_DAY_NUMBERS.getOrDefault(day, day);
                if (!DAYS.contains(name)) {
                    return Optional.empty();
                }
                days.add(say("console.cron.day." + name, locale));
            }
            parts.add(days.size() == 1 ? days.get(0) : say("console.cron.range", locale, days.get(0), days.get(1)));
        }
        return Optional.of(String.join(say("console.cron.separator", locale), parts));
    }

    private String say(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
