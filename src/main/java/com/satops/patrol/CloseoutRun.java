package com.satops.patrol;

import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportPaths;
import com.satops.common.run.IsoWeek;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;

/** The run a close-out step belongs to: its parameters, the week judged as of --as-of, and where its reports go. */
record CloseoutRun(JobExecution execution, RunParameters parameters, CloseoutWeek week) {

    static final String JOB = JobCatalog.PATROL_CLOSEOUT.jobName();

    static CloseoutRun of(StepContribution contribution, CloseoutRules rules) {
        return of(contribution.getStepExecution(), rules);
    }

    static CloseoutRun of(StepExecution step, CloseoutRules rules) {
        JobExecution execution = step.getJobExecution();
        RunParameters parameters = RunParameters.from(execution.getJobInstance().getJobName(),
                execution.getJobParameters());
        if (parameters.week() == null) {
            throw new IllegalArgumentException(JOB + " needs --week (yyyy-Www)");
        }
        IsoWeek week = IsoWeek.parse(parameters.week());
        return new CloseoutRun(execution, parameters, new CloseoutWeek(week, parameters.asOf(), rules));
    }

    String period() {
        return parameters.week();
    }

    ReportLocale locale() {
        return ReportLocale.of(parameters.locale());
    }

    /** {@code reports/<week>/patrol-closeout-<week>[-<project>][.<locale>].xlsx}; no project: the company workbook. */
    Path workbook(Path home, String projectCode) {
        return ReportPaths.workbook(home, JOB, period(), projectCode, locale()).toAbsolutePath().normalize();
    }
}
