package com.satops.patrol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads the figures of the reported week and of the trend weeks: one grouped statement per week. */
@Component
public class PatrolScoreboardReader {

    private final PatrolCloseoutMapper mapper;
    private final PatrolProperties properties;

    public PatrolScoreboardReader(PatrolCloseoutMapper mapper, PatrolProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    public Scoreboard read(CloseoutWeek week, List<String> projects) {
        List<CloseoutWeek> trendWeeks = week.trend(properties.trendWeeks());
        // per project code: its figures of each trend week, oldest first
        Map<String, List<ProjectFigures>> byProject = new LinkedHashMap<>();
        List<ProjectFigures> totals = new ArrayList<>();
        for (CloseoutWeek trendWeek : trendWeeks) {
            ProjectFigures total = ProjectFigures.none(null, null);
            for (ProjectFigures figures : mapper.weekFigures(trendWeek.query(projects))) {
                byProject.computeIfAbsent(figures.projectCode(), code -> new ArrayList<>()).add(figures);
                total = total.plus(figures);
            }
            totals.add(total);
        }
        List<Scoreboard.Line> lines = new ArrayList<>();
        byProject.forEach((code, weeks) -> lines.add(line(weeks)));
        return new Scoreboard(week, trendWeeks, List.copyOf(lines), line(totals));
    }

    /** Every project in scope is listed for each week, so the last of {@code weeks} is the reported one. */
    private static Scoreboard.Line line(List<ProjectFigures> weeks) {
        List<BigDecimal> trend = weeks.stream().map(ProjectFigures::closeoutRate).toList();
        return new Scoreboard.Line(weeks.get(weeks.size() - 1), trend);
    }
}
