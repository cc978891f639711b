package com.satops.visits;

import java.util.LinkedHashMap;
import java.util.Map;

/** The run's figures, summed over the projects in scope (FORMATS §3 visit-assignment). */
public record MonthFigures(long households, long assigned, long assignedSteward, long assignedDeptHead,
                           long assignedProjectManager, long quarterCovered, long quarterRemaining, long shortfall) {

    public static final MonthFigures NONE = new MonthFigures(0, 0, 0, 0, 0, 0, 0, 0);

    /** Under exactly the names the contract gives them. */
    public Map<String, Long> named() {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("households", households);
        figures.put("assigned", assigned);
        figures.put("assigned.STEWARD", assignedSteward);
        figures.put("assigned.DEPT_HEAD", assignedDeptHead);
        figures.put("assigned.PROJECT_MANAGER", assignedProjectManager);
        figures.put("quarterCovered", quarterCovered);
        figures.put("quarterRemaining", quarterRemaining);
        figures.put("shortfall", shortfall);
        return figures;
    }
}
