package com.satops.patrol;

/** One project's figures of one trend week (0: the oldest) as the run's figures step kept them. */
public record KeptWeekFigures(int trendWeek, String projectCode, String projectName, long found, long closed,
                              long overdue, long recheckDue, long recheckOnTime) {

    public ProjectFigures figures() {
        return new ProjectFigures(projectCode, projectName, found, closed, overdue, recheckDue, recheckOnTime);
    }
}
