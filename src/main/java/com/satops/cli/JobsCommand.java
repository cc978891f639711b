package com.satops.cli;

import com.satops.common.run.JobCatalog;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "jobs", mixinStandardHelpOptions = true, description = "List the jobs and what each does.")
public class JobsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (JobCatalog job : JobCatalog.values()) {
            spec.commandLine().getOut().printf("%-22s %s%n", job.jobName(), job.description());
        }
        spec.commandLine().getOut().flush();
        return SatopsCli.COMPLETED;
    }
}
