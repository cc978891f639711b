package com.satops.common.run;

import com.satops.common.config.SatopsProperties;
import com.satops.common.report.ReportPaths;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Where report steps note what they wrote and whom they could not mail, for the
 * run summary's {@code reports} and {@code staffWithoutEmail}.
 */
@Component
public class RunOutputLog {

    private final RunOutputMapper outputs;
    private final Path home;

    public RunOutputLog(RunOutputMapper outputs, SatopsProperties properties) {
        this.outputs = outputs;
        this.home = properties.home().toAbsolutePath().normalize();
    }

    /** Lists a written report, relative to the home, in the run summary. */
    public void report(JobExecution execution, Path file) {
        outputs.add(execution.getJobInstance().getInstanceId(), execution.getId(), RunOutputMapper.REPORT,
                ReportPaths.relative(home, file));
    }

    /** Notes a person who would have been mailed but has no email address. */
    public void unmailed(JobExecution execution, String staffNo) {
        outputs.add(execution.getJobInstance().getInstanceId(), execution.getId(), RunOutputMapper.UNMAILED,
                staffNo);
    }

    /** In path order, not write order: partitions write their projects' reports in any order. */
    public List<String> reports(JobExecution execution) {
        return outputs.items(execution.getJobInstance().getInstanceId(), RunOutputMapper.REPORT).stream()
                .sorted().toList();
    }

    public long staffWithoutEmail(JobExecution execution) {
        return outputs.items(execution.getJobInstance().getInstanceId(), RunOutputMapper.UNMAILED).size();
    }
}
