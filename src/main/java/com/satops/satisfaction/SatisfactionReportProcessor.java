package com.satops.satisfaction;

import com.satops.common.report.ReportPaths;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Writes a scope's workbook and renders its trend chart image, both under reports/&lt;month&gt;/. */
class SatisfactionReportProcessor implements ItemProcessor<ScopeDigest, ScopeReport> {

    private final Path home;
    private final RunParameters run;
    private final SatisfactionWorkbook workbook;

    SatisfactionReportProcessor(Path home, RunParameters run, SatisfactionWorkbook workbook) {
        this.home = home;
        this.run = run;
        this.workbook = workbook;
    }

    @Override
    public ScopeReport process(ScopeDigest digest) {
        String month = run.month().toString();
        Path target = ReportPaths.workbook(home, run.job(), month, digest.projectCode());
        Path written = workbook.write(digest, target, run.projects(), run.runKey());
        String chartName = target.getFileName().toString().replaceFirst("\\.xlsx$", "-trend.png");
        Path chart = TrendChartImage.render(digest, target.resolveSibling(chartName));
        return new ScopeReport(digest, written, chart);
    }
}
