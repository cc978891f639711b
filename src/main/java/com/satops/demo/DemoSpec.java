package com.satops.demo;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What demo company to generate.
 *
 * @param households   households the ERP rosters list, split over the projects
 * @param projects     number of residential projects
 * @param seed         the same seed gives the same files, byte for byte
 * @param currentMonth the month "today" is in: surveys cover the 12 months before it,
 *                     visit results the month before it
 * @param today        the export day: patrol covers the 8 ISO weeks before its week,
 *                     and no date in any file lies after it
 */
public record DemoSpec(int households, int projects, long seed, YearMonth currentMonth, LocalDate today) {

    /** What the demo command generates when the caller names nothing. */
    public static final int DEFAULT_HOUSEHOLDS = 3_000;
    public static final int DEFAULT_PROJECTS = 3;

    /** The day of the month taken as "today" when only the month is given. */
    private static final int EXPORT_DAY = 20;

    public DemoSpec {
        if (projects < 1) {
            throw new IllegalArgumentException("projects must be at least 1, was " + projects);
        }
        if (households < projects) {
            throw new IllegalArgumentException(
                    "households (" + households + ") must be at least the number of projects (" + projects + ")");
        }
        if (currentMonth == null || today == null) {
            throw new IllegalArgumentException("currentMonth and today are required");
        }
        if (!YearMonth.from(today).equals(currentMonth)) {
            throw new IllegalArgumentException("today " + today + " is not in currentMonth " + currentMonth);
        }
    }

    /** A spec whose "today" is the 20th of {@code currentMonth}, the day the sample exports are stamped with. */
    public DemoSpec(int households, int projects, long seed, YearMonth currentMonth) {
        this(households, projects, seed, currentMonth, currentMonth.atDay(EXPORT_DAY));
    }

    /** A spec for the month {@code today} is in. */
    public static DemoSpec asOf(int households, int projects, long seed, LocalDate today) {
        return new DemoSpec(households, projects, seed, YearMonth.from(today), today);
    }
}
