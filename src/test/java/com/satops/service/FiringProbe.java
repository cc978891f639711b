package com.satops.service;

import javax.sql.DataSource;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Quartz job that only records which scheduler fired which slot, for the clustering test. */
public class FiringProbe implements Job {

    @Autowired
    DataSource dataSource;

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            new JdbcTemplate(dataSource).update(
                    "INSERT INTO probe_firing (trigger_name, due_at, instance_id) VALUES (?, ?, ?)",
                    context.getTrigger().getKey().getName(), context.getScheduledFireTime().getTime(),
                    context.getScheduler().getSchedulerInstanceId());
        } catch (SchedulerException e) {
            throw new JobExecutionException(e);
        }
    }
}
