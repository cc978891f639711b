package com.satops.service;

import com.satops.common.run.AlreadyRunningException;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
import com.satops.service.alert.Alerts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * What Quartz fires: the named Batch job with its catalog defaults as of the
 * fire date. A firing for a run already under way (here or on another node)
 * starts nothing; a firing that starts late by more than the alert threshold is
 * reported to the admins.
 */
@DisallowConcurrentExecution
public class ScheduledJobLauncher extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobLauncher.class);

    private final JobRunner runner;
    private final Alerts alerts;
    private final Clock clock;

    public ScheduledJobLauncher(JobRunner runner, Alerts alerts, Clock clock) {
        this.runner = runner;
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        var data = context.getMergedJobDataMap();
        String job = data.getString("job");
        JobCatalog catalog = JobCatalog.byName(job)
                .orElseThrow(() -> new JobExecutionException("unknown job in schedule: " + job));
        Instant due = context.getScheduledFireTime().toInstant();
        alerts.firingStarted(job, due, clock.instant());
        ZoneId zone = ZoneId.of(data.getString("timeZone"));
        // The period follows the day the firing was due, so a late firing still runs the period it was for.
        LocalDate today = due.atZone(zone).toLocalDate();
        List<String> projects = Arrays.stream(data.getString("projects").split(","))
                .filter(p -> !p.isBlank()).toList();
        try {
            RunSummary summary = runner.run(
                    catalog.parameters(null, null, null, projects, data.getString("locale"), today));
            log.info("Scheduled {} ended {}: {}", job, summary.status(), summary.figures());
        } catch (AlreadyRunningException e) {
            log.info("Scheduled {} not started: {}", job, e.getMessage());
        }
    }
}
