package com.satops.common.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * What a run was asked for. Everything but {@code attempt} makes the run key:
 * the same key means the same figures, files and mails. {@code attempt} only
 * lets a completed run be produced again as a new Batch instance.
 */
public record RunParameters(String job, YearMonth month, String week, LocalDate date, LocalDate asOf,
                            List<String> projects, String locale, long attempt) {

    public static final String MONTH = "month";
    public static final String WEEK = "week";
    public static final String DATE = "date";
    public static final String AS_OF = "asOf";
    public static final String PROJECTS = "projects";
    public static final String LOCALE = "locale";
    public static final String ATTEMPT = "attempt";

    public RunParameters {
        projects = projects == null ? List.of() : projects.stream().sorted().distinct().toList();
    }

    public RunParameters withAttempt(long next) {
        return new RunParameters(job, month, week, date, asOf, projects, locale, next);
    }

    public String runKey() {
        return job + "|" + String.join("|", describe().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    /** The parameters as the run summary shows them. */
    public Map<String, String> describe() {
        Map<String, String> described = new LinkedHashMap<>();
        if (month != null) {
            described.put(MONTH, month.toString());
        }
        if (week != null) {
            described.put(WEEK, week);
        }
        if (date != null) {
            described.put(DATE, date.toString());
        }
        if (asOf != null) {
            described.put(AS_OF, asOf.toString());
        }
        described.put(PROJECTS, String.join(",", projects));
        described.put(LOCALE, locale);
        return described;
    }

    public JobParameters toJobParameters() {
        JobParametersBuilder builder = new JobParametersBuilder();
        describe().forEach(builder::addString);
        builder.addLong(ATTEMPT, attempt);
        return builder.toJobParameters();
    }

    public static RunParameters from(String job, JobParameters parameters) {
        String month = parameters.getString(MONTH);
        String date = parameters.getString(DATE);
        String asOf = parameters.getString(AS_OF);
        String projects = parameters.getString(PROJECTS, "");
        List<String> projectList = new ArrayList<>();
        for (String code : projects.split(",")) {
            if (!code.isBlank()) {
                projectList.add(code);
            }
        }
        return new RunParameters(job,
                month == null ? null : YearMonth.parse(month),
                parameters.getString(WEEK),
                date == null ? null : LocalDate.parse(date),
                asOf == null ? null : LocalDate.parse(asOf),
                projectList,
                parameters.getString(LOCALE, "zh-CN"),
                parameters.getLong(ATTEMPT, 1L));
    }

    public boolean inScope(String projectCode) {
        return projects.isEmpty() || projects.contains(projectCode);
    }
}
