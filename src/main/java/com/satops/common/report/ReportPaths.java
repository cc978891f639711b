package com.satops.common.report;

import java.nio.file.Path;

/** {@code reports/<period>/<job>-<period>[-<project>].xlsx} (FORMATS §3). */
public final class ReportPaths {

    private ReportPaths() {
    }

    public static Path workbook(Path home, String job, String period, String project) {
        String name = job + "-" + period + (project == null ? "" : "-" + project) + ".xlsx";
        return folder(home, period).resolve(name);
    }

    public static Path folder(Path home, String period) {
        return home.resolve("reports").resolve(period);
    }
}
