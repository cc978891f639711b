package com.satops.web;

import com.satops.common.run.BadRunRequestException;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobCatalog.Option;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunRequest;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A job's run form: the CLI's options the job takes, filled with what the user
 * typed or else the defaults a run would take, and the CLI's message beside the
 * field it is about.
 */
public final class TriggerForm {

    private final JobCatalog job;
    private final String month;
    private final String week;
    private final String date;
    private final String asOf;
    private final List<String> projects;
    private final String locale;
    private final Map<Option, String> errors = new EnumMap<>(Option.class);
    private String generalError;

    private TriggerForm(JobCatalog job, String month, String week, String date, String asOf, List<String> projects,
                        String locale) {
        this.job = job;
        this.month = month;
        this.week = week;
        this.date = date;
        this.asOf = asOf;
        this.projects = projects == null ? List.of() : List.copyOf(projects);
        this.locale = locale;
    }

    /** The form as it first opens: each option at the value a run without it would take. */
    public static TriggerForm defaults(JobCatalog job, RunParameters defaults) {
        return new TriggerForm(job, text(defaults.month()), defaults.week(), text(defaults.date()),
                text(defaults.asOf()), defaults.projects(), defaults.locale());
    }

    /** The form as posted, to show again with its message. */
    public static TriggerForm posted(JobCatalog job, RunRequest request) {
        return new TriggerForm(job, request.month(), request.week(), request.date(), request.asOf(),
                request.projects(), request.locale());
    }

    /** Only the options this job takes are sent on, so a form never asks for what the CLI refuses. */
    public static RunRequest request(JobCatalog job, String month, String week, String date, String asOf,
                                     List<String> projects, String locale) {
        return new RunRequest(
                job.takes(Option.MONTH) ? blankToNull(month) : null,
                job.takes(Option.WEEK) ? blankToNull(week) : null,
                job.takes(Option.DATE) ? blankToNull(date) : null,
                job.takes(Option.AS_OF) ? blankToNull(asOf) : null,
                job.takes(Option.PROJECT) && projects != null ? projects : List.of(),
                job.takes(Option.LOCALE) ? blankToNull(locale) : null);
    }

    /** Puts the CLI's message beside the field it names (it starts with that option), else above the form. */
    public TriggerForm refusedWith(BadRunRequestException refusal) {
        String message = refusal.getMessage();
        for (Option option : job.options()) {
            if (message.startsWith(option.cli() + " ")) {
                errors.put(option, message);
                return this;
            }
        }
        generalError = message;
        return this;
    }

    public TriggerForm failedWith(String message) {
        generalError = message;
        return this;
    }

    public String getJob() {
        return job.jobName();
    }

    public boolean takes(String option) {
        return job.takes(Option.valueOf(option));
    }

    public String errorOf(String option) {
        return errors.get(Option.valueOf(option));
    }

    public String getGeneralError() {
        return generalError;
    }

    public String getMonth() {
        return month;
    }

    public String getWeek() {
        return week;
    }

    public String getDate() {
        return date;
    }

    public String getAsOf() {
        return asOf;
    }

    public List<String> getProjects() {
        return projects;
    }

    public String getLocale() {
        return locale;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
