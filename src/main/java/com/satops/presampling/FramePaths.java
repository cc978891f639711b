package com.satops.presampling;

import com.satops.common.report.ReportLocale;
import com.satops.common.report.ReportPaths;
import com.satops.common.run.RunParameters;
import java.nio.file.Path;

/**
 * Where a run's files go: {@code reports/<month>/presampling-cleanup-<month>.xlsx} and
 * {@code sample-frame-<month>.csv}. A run limited to some projects adds their codes
 * ({@code -XXHY}), so it never overwrites the whole company's frame with a part of it;
 * a run in another locale than zh-CN adds it before the extension ({@code .en.csv}).
 */
final class FramePaths {

    static final String CSV_PREFIX = "sample-frame-";

    private FramePaths() {
    }

    static Path workbook(Path home, RunParameters run) {
        return ReportPaths.workbook(home, run.job(), run.month().toString(), projectSuffix(run), locale(run));
    }

    static Path agencyCsv(Path home, RunParameters run) {
        String project = projectSuffix(run);
        String name = CSV_PREFIX + run.month() + (project == null ? "" : "-" + project);
        return ReportPaths.file(home, run.month().toString(), name, "csv", locale(run));
    }

    private static ReportLocale locale(RunParameters run) {
        return ReportLocale.of(run.locale());
    }

    private static String projectSuffix(RunParameters run) {
        return run.projects().isEmpty() ? null : String.join("-", run.projects());
    }
}
