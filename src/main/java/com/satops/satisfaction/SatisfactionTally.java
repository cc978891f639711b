package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds up the survey responses of the trend window per project, and the
 * unsatisfied ones of the month per project and reason, into digests.
 */
final class SatisfactionTally {

    static final int TREND_MONTHS = 12;

    private final YearMonth month;
    private final ReasonClassifier classifier;
    private final Map<String, long[][]> monthsByProject = new HashMap<>();
    private final Map<String, Map<ReasonCategory, Long>> reasonsByProject = new HashMap<>();
    private final Map<String, Long> scoredThreeByProject = new HashMap<>();

    SatisfactionTally(YearMonth month, ReasonClassifier classifier) {
        this.month = month;
        this.classifier = classifier;
    }

    YearMonth firstMonth() {
        return month.minusMonths(TREND_MONTHS - 1L);
    }

    /** A project's 考核期 responses and satisfied count of one month of the window. */
    void addMonth(String project, YearMonth of, long responses, long satisfied) {
        int index = (int) firstMonth().until(of, java.time.temporal.ChronoUnit.MONTHS);
        if (index < 0 || index >= TREND_MONTHS) {
            return;
        }
        long[][] months = monthsByProject.computeIfAbsent(project, p -> new long[TREND_MONTHS][2]);
        months[index][0] += responses;
        months[index][1] += satisfied;
    }

    /** One 考核期 response of the month that scored 3 or lower. */
    void addUnsatisfied(String project, int score, ReasonCategory given, String reason) {
        ReasonCategory category = classifier.classify(given, reason);
        reasonsByProject.computeIfAbsent(project, p -> new EnumMap<>(ReasonCategory.class))
                .merge(category, 1L, Long::sum);
        if (score == 3) {
            scoredThreeByProject.merge(project, 1L, Long::sum);
        }
    }

    /** Whether any month of the window has a 考核期 response of the project. */
    boolean hasResponses(String project) {
        return monthsByProject.containsKey(project);
    }

    ScopeDigest project(String code, String name) {
        long[][] months = monthsByProject.getOrDefault(code, new long[TREND_MONTHS][2]);
        return new ScopeDigest(code, name, month, trend(months), reasonsByProject.getOrDefault(code, Map.of()),
                scoredThreeByProject.getOrDefault(code, 0L), List.of());
    }

    /** The company: the sum of the given projects. */
    ScopeDigest company(List<ScopeDigest> projects) {
        long[][] months = new long[TREND_MONTHS][2];
        Map<ReasonCategory, Long> reasons = new EnumMap<>(ReasonCategory.class);
        long scoredThree = 0;
        for (ScopeDigest project : projects) {
            for (int i = 0; i < TREND_MONTHS; i++) {
                months[i][0] += project.trend().get(i).responses();
                months[i][1] += project.trend().get(i).satisfied();
            }
            project.reasons().forEach((category, count) -> reasons.merge(category, count, Long::sum));
            scoredThree += project.scoredThree();
        }
        return new ScopeDigest(null, null, month, trend(months), reasons, scoredThree, projects);
    }

    private List<MonthPoint> trend(long[][] months) {
        List<MonthPoint> trend = new ArrayList<>(TREND_MONTHS);
        for (int i = 0; i < TREND_MONTHS; i++) {
            trend.add(new MonthPoint(firstMonth().plusMonths(i), months[i][0], months[i][1]));
        }
        return trend;
    }
}
