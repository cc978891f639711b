package com.satops.patrol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads the figures of the reported week and of the trend weeks: one grouped statement per week,
 * counted once per run by its figures step and kept for the run's later steps.
 */
@Component
public class PatrolScoreboardReader {

    // Rows per INSERT of the kept figures: a company of many projects stays within a statement's parameters.
    private static final int KEEP_ROWS = 500;

    private final PatrolCloseoutMapper mapper;
    private final PatrolProperties properties;

    public PatrolScoreboardReader(PatrolCloseoutMapper mapper, PatrolProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    /** Counts the scoreboard of the week for the projects given (empty: all). */
    public Scoreboard read(CloseoutWeek week, List<String> projects) {
        List<CloseoutWeek> trendWeeks = week.trend(properties.trendWeeks());
        return scoreboard(week, trendWeeks, counted(trendWeeks, projects));
    }

    /**
     * Counts the run's scoreboard and keeps it, replacing what an earlier execution kept and
     * dropping what finished instances kept (no step reads it again).
     */
    public Scoreboard count(CloseoutRun run) {
        List<CloseoutWeek> trendWeeks = run.week().trend(properties.trendWeeks());
        List<List<ProjectFigures>> weeks = counted(trendWeeks, run.parameters().projects());
        long instance = instance(run);
        // what an earlier execution of this instance kept, and what finished instances left behind
        List<Long> stale = new ArrayList<>(mapper.finishedInstancesWithWeekFigures(instance));
        stale.add(instance);
        mapper.forgetWeekFigures(stale);
        for (int trendWeek = 0; trendWeek < weeks.size(); trendWeek++) {
            List<ProjectFigures> figures = weeks.get(trendWeek);
            for (int from = 0; from < figures.size(); from += KEEP_ROWS) {
                mapper.keepWeekFigures(instance, trendWeek,
                        figures.subList(from, Math.min(figures.size(), from + KEEP_ROWS)));
            }
        }
        return scoreboard(run.week(), trendWeeks, weeks);
    }

    /** The scoreboard the run's figures step counted, of the projects given (empty: all the run's). */
    public Scoreboard kept(CloseoutRun run, List<String> projects) {
        List<CloseoutWeek> trendWeeks = run.week().trend(properties.trendWeeks());
        List<List<ProjectFigures>> weeks = new ArrayList<>();
        for (int trendWeek = 0; trendWeek < trendWeeks.size(); trendWeek++) {
            weeks.add(new ArrayList<>());
        }
        for (KeptWeekFigures kept : mapper.keptWeekFigures(instance(run), projects)) {
            weeks.get(kept.trendWeek()).add(kept.figures());
        }
        return scoreboard(run.week(), trendWeeks, weeks);
    }

    /** {@code weeks}: each trend week's figures of every project in scope, by project code, oldest week first. */
    private static Scoreboard scoreboard(CloseoutWeek week, List<CloseoutWeek> trendWeeks,
                                         List<List<ProjectFigures>> weeks) {
        // per project code: its figures of each trend week, oldest first
        Map<String, List<ProjectFigures>> byProject = new LinkedHashMap<>();
        List<ProjectFigures> totals = new ArrayList<>();
        for (List<ProjectFigures> ofWeek : weeks) {
            ProjectFigures total = ProjectFigures.none(null, null);
            for (ProjectFigures figures : ofWeek) {
                byProject.computeIfAbsent(figures.projectCode(), code -> new ArrayList<>()).add(figures);
                total = total.plus(figures);
            }
            totals.add(total);
        }
        List<Scoreboard.Line> lines = new ArrayList<>();
        byProject.forEach((code, ofProject) -> lines.add(line(ofProject)));
        return new Scoreboard(week, trendWeeks, List.copyOf(lines), line(totals));
    }

    /** Every project in scope is listed for each week, so the last of {@code weeks} is the reported one. */
    private static Scoreboard.Line line(List<ProjectFigures> weeks) {
        List<BigDecimal> trend = weeks.stream().map(ProjectFigures::closeoutRate).toList();
        return new Scoreboard.Line(weeks.get(weeks.size() - 1), trend);
    }

    /** Each trend week's figures of every project in scope, by project code, oldest week first. */
    private List<List<ProjectFigures>> counted(List<CloseoutWeek> trendWeeks, List<String> projects) {
        List<List<ProjectFigures>> weeks = new ArrayList<>();
        for (CloseoutWeek trendWeek : trendWeeks) {
            weeks.add(mapper.weekFigures(trendWeek.query(projects)));
        }
        return weeks;
    }

    private static long instance(CloseoutRun run) {
        return run.execution().getJobInstance().getInstanceId();
    }
}
