package com.satops.patrol;

import com.satops.common.run.Rate;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The six close-out figures of one project (or of all, with no code) for one week. */
public record ProjectFigures(String projectCode, String projectName, long found, long closed, long overdue,
                             long recheckDue, long recheckOnTime) {

    public static ProjectFigures none(String projectCode, String projectName) {
        return new ProjectFigures(projectCode, projectName, 0, 0, 0, 0, 0);
    }

    public BigDecimal closeoutRate() {
        return Rate.of(closed, found);
    }

    public ProjectFigures plus(ProjectFigures other) {
        return new ProjectFigures(projectCode, projectName, found + other.found, closed + other.closed,
                overdue + other.overdue, recheckDue + other.recheckDue, recheckOnTime + other.recheckOnTime);
    }

    /** The figures under their FORMATS §3 names, in that order. */
    public Map<String, Object> asRunFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("found", found);
        figures.put("closed", closed);
        figures.put("closeoutRate", closeoutRate());
        figures.put("overdue", overdue);
        figures.put("recheckDue", recheckDue);
        figures.put("recheckOnTime", recheckOnTime);
        return figures;
    }
}
