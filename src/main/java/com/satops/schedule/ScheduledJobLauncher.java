package com.satops.schedule;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunSummary;
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

/** What Quartz fires: the named Batch job with its catalog defaults as of the fire date. */
@DisallowConcurrentExecution
public class ScheduledJobLauncher extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobLauncher.class);

    private final JobRunner runner;

    public ScheduledJobLauncher(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    protected void executeInternal(JobExecutionContext context) throws JobExecutionException {
        var data = context.getMergedJobDataMap();
        String job = data.getString("job");
        JobCatalog catalog = JobCatalog.byName(job)
                .orElseThrow(() -> new JobExecutionException("unknown job in schedule: " + job));
        LocalDate today = LocalDate.now(ZoneId.of(data.getString("timeZone")));
        List<String> projects = Arrays.stream(data.getString("projects").split(","))
                .filter(p -> !p.isBlank()).toList();
        RunSummary summary = runner.run(catalog.parameters(null, null, null, projects, data.getString("locale"), today));
        log.info("Scheduled {} ended {}: {}", job, summary.status(), summary.figures());
        if (!"COMPLETED".equals(summary.status())) {
            throw new JobExecutionException(job + " failed: " + summary.message());
        }
    }
}
