package com.satops.web;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The catalog's jobs this build can run, in catalog order: the pages' job lists and filters. */
@Component
public class ConsoleJobs {

    private final JobRunner runner;

    public ConsoleJobs(JobRunner runner) {
        this.runner = runner;
    }

    public List<JobCatalog> all() {
        return Stream.of(JobCatalog.values()).filter(j -> runner.hasJob(j.jobName())).toList();
    }

    public List<String> names() {
        return all().stream().map(JobCatalog::jobName).toList();
    }

    public Optional<JobCatalog> byName(String job) {
        return all().stream().filter(j -> j.jobName().equals(job)).findFirst();
    }
}
