package com.satops.patrol;

import java.math.BigDecimal;
import java.util.List;

/**
 * The close-out figures of a week for each project in scope and for all of them,
 * each with the close-out rate of the trend weeks (oldest first, the reported week last).
 */
public record Scoreboard(CloseoutWeek week, List<CloseoutWeek> trendWeeks, List<Line> projects, Line total) {

    /** One project's (or the company's) figures and trend. */
    public record Line(ProjectFigures figures, List<BigDecimal> trend) {
    }

    public Line project(String code) {
        return projects.stream().filter(l -> l.figures().projectCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figures for project " + code));
    }

    public List<String> projectCodes() {
        return projects.stream().map(l -> l.figures().projectCode()).toList();
    }
}
