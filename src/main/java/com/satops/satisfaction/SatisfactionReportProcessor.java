package com.satops.satisfaction;

import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportPaths;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Names a scope's outputs under reports/&lt;month&gt;/: its workbook and the trend
 * chart image its mail shows ({@code …-trend.png}, the locale before the
 * extension like the workbook's). It writes nothing: {@link SatisfactionReportWriter} does.
 */
class SatisfactionReportProcessor implements ItemProcessor<ScopeDigest, ScopeReport> {

    private final Path home;
    private final RunParameters run;

    SatisfactionReportProcessor(Path home, RunParameters run) {
        this.home = home;
        this.run = run;
    }

    @Override
    public ScopeReport process(ScopeDigest digest) {
        String month = run.month().toString();
        ReportLocale locale = ReportLocale.of(run.locale());
        Path workbook = ReportPaths.workbook(home, run.job(), month, digest.projectCode(), locale);
        Path chart = ReportPaths.file(home, month, ReportPaths.baseName(run.job(), month, digest.projectCode())
                + "-trend", "png", locale);
        return new ScopeReport(digest, workbook, chart);
    }
}
