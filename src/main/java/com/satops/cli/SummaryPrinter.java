package com.satops.cli;

import com.satops.common.run.RunSummary;
import com.satops.common.run.RunSummaryFactory;
import java.io.PrintWriter;

/** Prints a run summary as one JSON object, or as lines an admin reads. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    static int print(RunSummary summary, boolean json, RunSummaryFactory factory, PrintWriter out) {
        if (json) {
            out.println(factory.toJson(summary));
        } else {
            out.printf("%s %s (execution %d) %s%n", summary.job(), summary.status(), summary.executionId(),
                    summary.parameters());
            summary.figures().forEach((name, value) -> out.printf("  %-28s %s%n", name, value));
            out.println("  " + CliMessages.get("cli.summary.counts", summary.dataIssues(), summary.mails(),
                    summary.mailsHeld(), summary.mailsWaiting()));
            summary.reports().forEach(report -> out.println("  report: " + report));
            if (summary.message() != null) {
                out.println("  why: " + summary.message());
            }
        }
        out.flush();
        return "COMPLETED".equals(summary.status()) ? SatopsCli.COMPLETED : SatopsCli.FAILED;
    }
}
