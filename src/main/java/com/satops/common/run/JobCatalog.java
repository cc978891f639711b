package com.satops.common.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;

/**
 * The jobs users can run, what each is for, and the period it defaults to
 * (FORMATS §4): next month for the pre-sampling and visit lists, last month
 * for the summary, last ISO week for the patrol close-out.
 */
public enum JobCatalog {

    IMPORT("import", Period.NONE, "Apply every waiting inbox file"),
    PRESAMPLING_CLEANUP("presampling-cleanup", Period.NEXT_MONTH,
            "Sample frame before the 28th: every household eligible or excluded, with the evidence"),
    VISIT_ASSIGNMENT("visit-assignment", Period.NEXT_MONTH,
            "Monthly visit lists for stewards, department heads and project managers; quarterly coverage"),
    PATROL_CLOSEOUT("patrol-closeout", Period.PREVIOUS_WEEK,
            "Weekly patrol close-out: found, closed, overdue, daily re-checks"),
    SATISFACTION_SUMMARY("satisfaction-summary", Period.PREVIOUS_MONTH,
            "Monthly satisfaction summary mailed to executives and project managers");

    public enum Period { NEXT_MONTH, PREVIOUS_MONTH, PREVIOUS_WEEK, NONE }

    private final String jobName;
    private final Period period;
    private final String description;

    JobCatalog(String jobName, Period period, String description) {
        this.jobName = jobName;
        this.period = period;
        this.description = description;
    }

    public String jobName() {
        return jobName;
    }

    public String description() {
        return description;
    }

    public Period period() {
        return period;
    }

    public static Optional<JobCatalog> byName(String name) {
        return List.of(values()).stream().filter(j -> j.jobName.equals(name)).findFirst();
    }

    /** The parameters a run gets when the user leaves them out. */
    public RunParameters parameters(YearMonth month, String week, LocalDate asOf, List<String> projects,
                                    String locale, LocalDate today) {
        LocalDate effectiveAsOf = asOf == null ? today : asOf;
        YearMonth effectiveMonth = switch (period) {
            case NEXT_MONTH -> month == null ? YearMonth.from(today).plusMonths(1) : month;
            case PREVIOUS_MONTH -> month == null ? YearMonth.from(today).minusMonths(1) : month;
            default -> null;
        };
        String effectiveWeek = period == Period.PREVIOUS_WEEK
                ? (week == null ? isoWeek(today.minusWeeks(1)) : IsoWeek.parse(week).toString())
                : null;
        return new RunParameters(jobName, effectiveMonth, effectiveWeek, effectiveAsOf, projects, locale, 1);
    }

    static String isoWeek(LocalDate day) {
        return IsoWeek.of(day).toString();
    }
}
