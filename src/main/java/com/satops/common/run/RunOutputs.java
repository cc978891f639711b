package com.satops.common.run;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;

/**
 * Figures a job hands to its run summary, kept in the job's execution context so
 * that a restarted run still reports what earlier steps found (report paths are
 * kept in satops' own table, {@link RunOutputLog}).
 */
public final class RunOutputs {

    private static final String FIGURES = "satops.figures";

    private RunOutputs() {
    }

    public static void putFigures(JobExecution execution, Map<String, ?> figures) {
        LinkedHashMap<String, Object> all = new LinkedHashMap<>(figures(execution));
        all.putAll(figures);
        execution.getExecutionContext().put(FIGURES, all);
    }

    public static Map<String, Object> figures(JobExecution execution) {
        Object stored = execution.getExecutionContext().get(FIGURES);
        if (stored instanceof Map<?, ?> map) {
            Map<String, Object> figures = new LinkedHashMap<>();
            map.forEach((k, v) -> figures.put((String) k, v));
            return figures;
        }
        return new LinkedHashMap<>();
    }

    /** A fraction 0–1 rounded half-up to 4 decimals; over nothing it is 0. */
    public static BigDecimal rate(long part, long whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(4, RoundingMode.HALF_UP);
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
