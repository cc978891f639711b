package com.satops.common.run;

import com.satops.common.config.SatopsProperties;
import com.satops.common.report.ReportPaths;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Where steps note the run's figures, what they wrote and whom they could not mail,
 * for the run summary's {@code figures}, {@code reports} and {@code staffWithoutEmail}.
 * Kept per job instance in satops' own table, so a restarted run still reports what
 * earlier executions found, and Batch's execution context holds none of it.
 */
@Component
public class RunOutputLog {

    private final RunOutputMapper outputs;
    private final Path home;

    public RunOutputLog(RunOutputMapper outputs, SatopsProperties properties) {
        this.outputs = outputs;
        this.home = properties.home().toAbsolutePath().normalize();
    }

    /**
     * Adds figures to the run summary; a figure given again keeps its place and takes the new number.
     * Figures are numbers: counts (integers) and rates ({@link Rate}).
     */
    public void figures(JobExecution execution, Map<String, ?> figures) {
        figures.forEach((name, value) -> {
            String text;
            if (value instanceof BigDecimal rate) {
                text = rate.toPlainString();
            } else if (value instanceof Long || value instanceof Integer) {
                text = value.toString();
            } else {
                throw new IllegalArgumentException("figure " + name + " is not a count or a rate: " + value);
            }
            outputs.putFigure(execution.getJobInstance().getInstanceId(), execution.getId(), name, text);
        });
    }

    /** The run's figures in the order first given: counts as {@link Long}, rates as {@link BigDecimal}. */
    public Map<String, Object> figures(JobExecution execution) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (RunFigure figure : outputs.figures(execution.getJobInstance().getInstanceId())) {
            String value = figure.value();
            figures.put(figure.name(), value.indexOf('.') >= 0 ? new BigDecimal(value) : Long.valueOf(value));
        }
        return figures;
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
