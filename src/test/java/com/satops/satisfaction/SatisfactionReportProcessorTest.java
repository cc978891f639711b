package com.satops.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A scope's workbook and trend chart are named under reports/<month>/, the locale before the extension. */
class SatisfactionReportProcessorTest {

    private static final Path HOME = Path.of("home");
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    @Test
    void aProjectsOutputsCarryItsCode() {
        ScopeReport report = processor("zh-CN").process(digest("XXHY"));

        assertThat(report.workbook()).isEqualTo(inOctober("satisfaction-summary-2026-10-XXHY.xlsx"));
        assertThat(report.chart()).isEqualTo(inOctober("satisfaction-summary-2026-10-XXHY-trend.png"));
    }

    @Test
    void theCompanysOutputsCarryNoCodeAndEnglishOnesTheirLocale() {
        ScopeReport report = processor("en").process(digest(null));

        assertThat(report.workbook()).isEqualTo(inOctober("satisfaction-summary-2026-10.en.xlsx"));
        assertThat(report.chart()).isEqualTo(inOctober("satisfaction-summary-2026-10-trend.en.png"));
    }

    private static Path inOctober(String name) {
        return HOME.resolve("reports").resolve("2026-10").resolve(name);
    }

    private static SatisfactionReportProcessor processor(String locale) {
        RunParameters run = JobCatalog.SATISFACTION_SUMMARY.parameters(OCTOBER, null, null, List.of(), locale,
                LocalDate.of(2026, 11, 5));
        return new SatisfactionReportProcessor(HOME, run);
    }

    private static ScopeDigest digest(String projectCode) {
        return new ScopeDigest(projectCode, null, OCTOBER, List.of(), Map.of(), 0, List.of());
    }
}
