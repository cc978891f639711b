package com.satops.presampling;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.run.RunParameters;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * What every sample-frame statement of one run needs: the month sampled and the
 * month before it, the as-of date, the projects in scope (empty: all), the
 * occupied statuses, and the run key that tags this run's history rows.
 *
 * @param monthStart        first day of the as-of date's month: "this month" for repeated class changes
 * @param comparedProjects  projects in scope that have last month's frame to compare with
 */
public record FrameQuery(String month, String previousMonth, LocalDate asOf, LocalDate monthStart,
                         List<String> projects, List<String> occupied, List<String> comparedProjects,
                         String runKey, long executionId) {

    public static FrameQuery of(RunParameters run, long executionId, Collection<OccupancyStatus> occupied) {
        return new FrameQuery(run.month().toString(), run.month().minusMonths(1).toString(), run.asOf(),
                run.asOf().withDayOfMonth(1), run.projects(),
                occupied.stream().map(Enum::name).sorted().toList(), List.of(), run.runKey(), executionId);
    }

    /** The same run's query for some of its projects: a partition's. */
    public FrameQuery forProjects(List<String> partitionProjects) {
        return new FrameQuery(month, previousMonth, asOf, monthStart, List.copyOf(partitionProjects), occupied,
                comparedProjects, runKey, executionId);
    }

    public FrameQuery comparedWith(List<String> projectsWithPreviousFrame) {
        return new FrameQuery(month, previousMonth, asOf, monthStart, projects, occupied,
                List.copyOf(projectsWithPreviousFrame), runKey, executionId);
    }
}
