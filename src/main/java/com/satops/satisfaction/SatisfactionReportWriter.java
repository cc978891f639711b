package com.satops.satisfaction;

import com.satops.common.report.UnmailedStaff;
import com.satops.common.report.UnmailedStaffMapper;
import com.satops.common.run.RunOutputLog;
import com.satops.common.run.RunParameters;
import java.util.List;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each scope's workbook and trend chart, lists the workbook in the run
 * summary and notes the project managers its mail cannot reach (no email). It
 * runs before the mail writer in the same chunk, so a mail never names a file
 * that is not there.
 */
class SatisfactionReportWriter implements ItemWriter<ScopeReport> {

    private final SatisfactionWorkbook workbook;
    private final UnmailedStaffMapper staff;
    private final RunOutputLog outputs;
    private final RunParameters run;
    private final JobExecution jobExecution;
    private final TrendChartImage charts = new TrendChartImage();

    SatisfactionReportWriter(SatisfactionWorkbook workbook, UnmailedStaffMapper staff, RunOutputLog outputs,
                             RunParameters run, JobExecution jobExecution) {
        this.workbook = workbook;
        this.staff = staff;
        this.outputs = outputs;
        this.run = run;
        this.jobExecution = jobExecution;
    }

    @Override
    public void write(Chunk<? extends ScopeReport> reports) {
        for (ScopeReport report : reports) {
            ScopeDigest digest = report.digest();
            List<String> projects = digest.isCompany() ? run.projects() : List.of(digest.projectCode());
            // The company's mail goes to the configured executives, not to staff.
            List<UnmailedStaff> unmailed = digest.isCompany() ? List.of()
                    : staff.projectManagersWithoutEmail(projects);
            workbook.write(digest, report.workbook(), run.projects(), run.runKey(), unmailed);
            charts.render(digest, report.chart());
            outputs.report(jobExecution, report.workbook());
            if (digest.responses() > 0) {
                unmailed.forEach(person -> outputs.unmailed(jobExecution, person.staffNo()));
            }
        }
    }
}
