package com.satops.common.run;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.satops.common.mail.MailDelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job the way FORMATS §4 promises: the same parameters restart a failed
 * run where it stopped, and produce a completed one again as a fresh attempt.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Map<String, Job> jobs;
    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final RunSummaryFactory summaries;
    private final MailDelivery mailDelivery;

    public JobRunner(List<Job> jobs, JobOperator jobOperator, JobRepository jobRepository,
                     RunSummaryFactory summaries, MailDelivery mailDelivery) {
        this.jobs = jobs.stream().collect(Collectors.toMap(Job::getName, Function.identity()));
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.summaries = summaries;
        this.mailDelivery = mailDelivery;
    }

    public List<String> jobNames() {
        return jobs.keySet().stream().sorted().toList();
    }

    public boolean hasJob(String name) {
        return jobs.containsKey(name);
    }

    public RunSummary run(RunParameters requested) {
        Job job = jobs.get(requested.job());
        if (job == null) {
            throw new IllegalArgumentException("unknown job '" + requested.job() + "'; known: " + jobNames());
        }
        JobExecution execution = launch(job, requested);
        // Mails the run committed (and any still waiting from earlier runs) go out now; failures stay queued.
        mailDelivery.deliverDue();
        return summaries.summarize(execution);
    }

    private JobExecution launch(Job job, RunParameters requested) {
        RunParameters parameters = requested.withAttempt(1);
        while (true) {
            JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters.toJobParameters());
            if (instance == null) {
                return start(job, parameters);
            }
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null) {
                return start(job, parameters);
            }
            if (last.getStatus() == BatchStatus.COMPLETED || last.getStatus() == BatchStatus.ABANDONED) {
                parameters = parameters.withAttempt(parameters.attempt() + 1);
                continue;
            }
            return restart(last);
        }
    }

    private JobExecution start(Job job, RunParameters parameters) {
        try {
            log.info("Starting {} {}", job.getName(), parameters.describe());
            return jobOperator.start(job, parameters.toJobParameters());
        } catch (Exception e) {
            throw new IllegalStateException("could not start " + job.getName() + ": " + e.getMessage(), e);
        }
    }

    private JobExecution restart(JobExecution last) {
        try {
            if (last.isRunning()) {
                // An execution still marked running was cut off (killed process): mark it failed first.
                log.warn("Execution {} of {} was left running; recovering it to restart",
                        last.getId(), last.getJobInstance().getJobName());
                last = jobOperator.recover(last);
            }
            log.info("Restarting execution {} of {} where it stopped", last.getId(),
                    last.getJobInstance().getJobName());
            return jobOperator.restart(last);
        } catch (Exception e) {
            throw new IllegalStateException("could not restart execution " + last.getId() + ": " + e.getMessage(), e);
        }
    }
}
