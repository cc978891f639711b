package com.satops.common.run;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The jobs users can run, what each is for, which options each takes and the
 * period it defaults to (FORMATS §4): next month for the pre-sampling and visit
 * lists, last month for the summary, last ISO week for the patrol close-out,
 * yesterday for the work-order check.
 */
public enum JobCatalog {

    IMPORT("import", Period.NONE, "Apply every waiting inbox file",
            EnumSet.of(Option.AS_OF)),
    PRESAMPLING_CLEANUP("presampling-cleanup", Period.NEXT_MONTH,
            "Sample frame before the 28th: every household eligible or excluded, with the evidence",
            EnumSet.of(Option.MONTH, Option.AS_OF, Option.PROJECT, Option.LOCALE)),
    VISIT_ASSIGNMENT("visit-assignment", Period.NEXT_MONTH,
            "Monthly visit lists for stewards, department heads and project managers; quarterly coverage",
            EnumSet.of(Option.MONTH, Option.AS_OF, Option.PROJECT, Option.LOCALE)),
    PATROL_CLOSEOUT("patrol-closeout", Period.PREVIOUS_WEEK,
            "Weekly patrol close-out: found, closed, overdue, daily re-checks",
            EnumSet.of(Option.WEEK, Option.AS_OF, Option.PROJECT, Option.LOCALE)),
    SATISFACTION_SUMMARY("satisfaction-summary", Period.PREVIOUS_MONTH,
            "Monthly satisfaction summary mailed to executives and project managers",
            EnumSet.of(Option.MONTH, Option.AS_OF, Option.PROJECT, Option.LOCALE)),
    SERVICE_FOLLOWUP("service-followup", Period.PREVIOUS_DAY,
            "Daily work-order check: 15-30-60 response and the 24-hour follow-up of dissatisfied orders",
            EnumSet.of(Option.DATE, Option.PROJECT, Option.LOCALE));

    public enum Period { NEXT_MONTH, PREVIOUS_MONTH, PREVIOUS_WEEK, PREVIOUS_DAY, NONE }

    /** A run option, by its CLI name; the admin API's query parameter is {@link #parameter()}. */
    public enum Option {
        MONTH("--month", "month"), WEEK("--week", "week"), DATE("--date", "date"), AS_OF("--as-of", "asOf"),
        PROJECT("--project", "project"), LOCALE("--locale", "locale");

        private final String cli;
        private final String parameter;

        Option(String cli, String parameter) {
            this.cli = cli;
            this.parameter = parameter;
        }

        public String cli() {
            return cli;
        }

        public String parameter() {
            return parameter;
        }
    }

    public static final List<String> LOCALES = List.of("zh-CN", "en");

    private static final Pattern MONTH_FORMAT = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE_FORMAT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private final String jobName;
    private final Period period;
    private final String description;
    private final Set<Option> options;

    JobCatalog(String jobName, Period period, String description, Set<Option> options) {
        this.jobName = jobName;
        this.period = period;
        this.description = description;
        this.options = options;
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

    /** The options this job takes; any other given is bad usage. */
    public Set<Option> options() {
        return EnumSet.copyOf(options);
    }

    public boolean takes(Option option) {
        return options.contains(option);
    }

    public static Optional<JobCatalog> byName(String name) {
        return List.of(values()).stream().filter(j -> j.jobName.equals(name)).findFirst();
    }

    /**
     * Validates a request the same way for the CLI, the admin API and the console, filling in what
     * the user left out; throws {@link BadRunRequestException} with the one line to show.
     */
    public RunParameters parameters(RunRequest request, LocalDate today) {
        refuseOptionsNotTaken(request);
        YearMonth month = request.month() == null ? null : parseMonth(request.month());
        LocalDate date = request.date() == null ? null : parseDate(Option.DATE, request.date());
        LocalDate asOf = request.asOf() == null ? null : parseDate(Option.AS_OF, request.asOf());
        String week = request.week() == null ? null : parseWeek(request.week());
        String locale = request.locale() == null || request.locale().isBlank() ? "zh-CN" : request.locale().trim();
        if (!LOCALES.contains(locale)) {
            throw new BadRunRequestException("--locale must be zh-CN or en (got '" + request.locale() + "')");
        }
        List<String> projects = request.projects().stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
        return build(month, week, date, asOf, projects, locale, today);
    }

    /** Typed shorthand for callers that already hold valid values (tests, the demo, schedules). */
    public RunParameters parameters(YearMonth month, String week, LocalDate asOf, List<String> projects,
                                    String locale, LocalDate today) {
        return build(month, week == null ? null : parseWeek(week), null, asOf, projects, locale, today);
    }

    private RunParameters build(YearMonth month, String week, LocalDate date, LocalDate asOf,
                                List<String> projects, String locale, LocalDate today) {
        YearMonth effectiveMonth = switch (period) {
            case NEXT_MONTH -> month == null ? YearMonth.from(today).plusMonths(1) : month;
            case PREVIOUS_MONTH -> month == null ? YearMonth.from(today).minusMonths(1) : month;
            default -> null;
        };
        String effectiveWeek = period == Period.PREVIOUS_WEEK
                ? (week == null ? isoWeek(today.minusWeeks(1)) : week)
                : null;
        LocalDate effectiveDate = period == Period.PREVIOUS_DAY ? (date == null ? today.minusDays(1) : date) : null;
        // The daily job is decided by its day alone: it takes no --as-of.
        LocalDate effectiveAsOf = period == Period.PREVIOUS_DAY ? null : (asOf == null ? today : asOf);
        return new RunParameters(jobName, effectiveMonth, effectiveWeek, effectiveDate, effectiveAsOf, projects,
                locale == null ? "zh-CN" : locale, 1);
    }

    private void refuseOptionsNotTaken(RunRequest request) {
        refuseIfGiven(Option.MONTH, request.month() != null);
        refuseIfGiven(Option.WEEK, request.week() != null);
        refuseIfGiven(Option.DATE, request.date() != null);
        refuseIfGiven(Option.AS_OF, request.asOf() != null);
        refuseIfGiven(Option.PROJECT, !request.projects().isEmpty());
        refuseIfGiven(Option.LOCALE, request.locale() != null);
    }

    private void refuseIfGiven(Option option, boolean given) {
        if (given && !options.contains(option)) {
            throw new BadRunRequestException(jobName + " does not take " + option.cli() + "; it takes "
                    + String.join(", ", options.stream().map(Option::cli).toList()));
        }
    }

    private static YearMonth parseMonth(String text) {
        String value = text.trim();
        if (MONTH_FORMAT.matcher(value).matches()) {
            try {
                return YearMonth.parse(value);
            } catch (DateTimeParseException e) {
                // falls through to the message below
            }
        }
        throw new BadRunRequestException("--month must be a month as yyyy-MM, e.g. 2026-11 (got '" + text + "')");
    }

    private static LocalDate parseDate(Option option, String text) {
        String value = text.trim();
        if (DATE_FORMAT.matcher(value).matches()) {
            try {
                return LocalDate.parse(value, STRICT_DATE);
            } catch (DateTimeException e) {
                // falls through to the message below
            }
        }
        throw new BadRunRequestException(option.cli() + " must be a date as yyyy-MM-dd, e.g. 2026-11-30 (got '"
                + text + "')");
    }

    private static String parseWeek(String text) {
        try {
            return IsoWeek.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new BadRunRequestException("--week must be an ISO week as yyyy-Www, e.g. 2026-W47 (got '"
                    + text + "': " + e.getMessage() + ")");
        }
    }

    static String isoWeek(LocalDate day) {
        return IsoWeek.of(day).toString();
    }
}
