package com.satops.common.run;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Turns a finished execution into its run summary and stores it. */
@Component
public class RunSummaryFactory {

    private final RunLedgerMapper ledger;
    private final RunOutputLog outputs;
    private final JsonMapper json = JsonMapper.builder().build();

    public RunSummaryFactory(RunLedgerMapper ledger, RunOutputLog outputs) {
        this.ledger = ledger;
        this.outputs = outputs;
    }

    /** The summary of an execution, stored as the one it ended with. */
    public RunSummary summarize(JobExecution execution) {
        RunSummary summary = describe(execution);
        ledger.saveSummary(execution.getId(), summary.job(), RunParameters.from(summary.job(),
                execution.getJobParameters()).runKey(), summary.status(), toJson(summary));
        return summary;
    }

    /** The summary of an execution as it stands, running or ended, without storing it. */
    public RunSummary describe(JobExecution execution) {
        String job = execution.getJobInstance().getJobName();
        RunParameters parameters = RunParameters.from(job, execution.getJobParameters());
        String runKey = parameters.runKey();
        BatchStatus status = execution.getStatus();
        RunSummary summary = new RunSummary(
                job,
                status.name(),
                execution.getId(),
                parameters.describe(),
                outputs.figures(execution),
                ledger.countDataIssues(runKey, status == BatchStatus.COMPLETED),
                outputs.reports(execution),
                ledger.countMails(execution.getId(), runKey),
                ledger.countMailsHeld(execution.getId()),
                ledger.countMailsWaiting(),
                ledger.countMailsRetried(runKey),
                outputs.staffWithoutEmail(execution),
                status == BatchStatus.COMPLETED ? null : failureMessage(execution));
        return summary;
    }

    public String toJson(RunSummary summary) {
        return json.writeValueAsString(summary);
    }

    private static String failureMessage(JobExecution execution) {
        List<Throwable> failures = execution.getAllFailureExceptions();
        if (failures.isEmpty()) {
            String exit = execution.getExitStatus().getExitDescription();
            return exit == null || exit.isBlank() ? execution.getStatus().name() : exit;
        }
        return failures.stream().map(RunSummaryFactory::rootMessage).distinct().collect(Collectors.joining("; "));
    }

    /** The innermost cause says what went wrong; the wrappers around it only repeat where. */
    private static String rootMessage(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
