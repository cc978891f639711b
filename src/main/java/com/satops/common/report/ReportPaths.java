package com.satops.common.report;

import java.nio.file.Path;

/**
 * {@code reports/<period>/<job>-<period>[-<project>].xlsx} (FORMATS §3). A report
 * in another locale than zh-CN carries it before the extension
 * ({@code satisfaction-summary-2026-10.en.xlsx}), so the two never overwrite each other.
 */
public final class ReportPaths {

    private ReportPaths() {
    }

    public static Path workbook(Path home, String job, String period, String project, ReportLocale locale) {
        return file(home, period, baseName(job, period, project), "xlsx", locale);
    }

    /** How a run's outputs are named before any suffix: {@code <job>-<period>[-<project>]}. */
    public static String baseName(String job, String period, String project) {
        return job + "-" + period + (project == null ? "" : "-" + project);
    }

    /** {@code reports/<period>/<baseName>[.<locale>].<extension>}. */
    public static Path file(Path home, String period, String baseName, String extension, ReportLocale locale) {
        return folder(home, period).resolve(fileName(baseName, extension, locale));
    }

    public static String fileName(String baseName, String extension, ReportLocale locale) {
        String tag = locale == ReportLocale.ZH_CN ? "" : "." + locale.tag();
        return baseName + tag + "." + extension;
    }

    public static Path folder(Path home, String period) {
        return home.resolve("reports").resolve(period);
    }

    /** The path as the run summary lists it: relative to the home, with forward slashes. */
    public static String relative(Path home, Path file) {
        Path base = home.toAbsolutePath().normalize();
        return base.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
