package com.satops.followup;

import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportPaths;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

/** The run a service-followup step belongs to: its parameters, the day it checks, and where its reports go. */
record FollowupRun(JobExecution execution, RunParameters parameters, FollowupDay day) {

    static final String JOB = JobCatalog.SERVICE_FOLLOWUP.jobName();

    static FollowupRun of(StepContribution contribution) {
        return of(contribution.getStepExecution());
    }

    static FollowupRun of(StepExecution step) {
        JobExecution execution = step.getJobExecution();
        RunParameters parameters = RunParameters.from(execution.getJobInstance().getJobName(),
                execution.getJobParameters());
        if (parameters.date() == null) {
            throw new IllegalArgumentException(JOB + " needs --date (yyyy-MM-dd)");
        }
        return new FollowupRun(execution, parameters, new FollowupDay(parameters.date()));
    }

    String period() {
        return day.toString();
    }

    ReportLocale locale() {
        return ReportLocale.of(parameters.locale());
    }

    /** {@code reports/<date>/service-followup-<date>[-<project>].xlsx}; no project: the company workbook. */
    Path workbook(Path home, String projectCode) {
        return ReportPaths.workbook(home, JOB, period(), projectCode, locale()).toAbsolutePath().normalize();
    }
}
