package com.satops.satisfaction;

import com.satops.common.domain.ReasonCategory;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the summary says about one scope, the company or a project: the month's
 * figures, the 12-month trend (oldest first, the month last), the unsatisfied
 * responses by reason, and how many households scored 3.
 *
 * @param projectCode null for the company
 * @param projects    for the company, each project's digest (code order); empty for a project
 */
public record ScopeDigest(String projectCode, String projectName, YearMonth month, List<MonthPoint> trend,
                          Map<ReasonCategory, Long> reasons, long scoredThree, List<ScopeDigest> projects) {

    public static final String RESPONSES = "responses";
    public static final String SATISFIED = "satisfied";
    public static final String SATISFACTION_RATE = "satisfactionRate";
    public static final String REASONS = "reasons.";

    public ScopeDigest {
        trend = List.copyOf(trend);
        EnumMap<ReasonCategory, Long> all = new EnumMap<>(ReasonCategory.class);
        for (ReasonCategory category : ReasonCategory.values()) {
            all.put(category, reasons.getOrDefault(category, 0L));
        }
        reasons = all;
        projects = List.copyOf(projects);
    }

    public boolean isCompany() {
        return projectCode == null;
    }

    public MonthPoint current() {
        return trend.get(trend.size() - 1);
    }

    public MonthPoint previous() {
        return trend.get(trend.size() - 2);
    }

    public long responses() {
        return current().responses();
    }

    public long satisfied() {
        return current().satisfied();
    }

    public BigDecimal rate() {
        return current().rate();
    }

    public long unsatisfied() {
        return reasons.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The change of the rate from last month, in fractions (−0.0125 = 1.25 points down); none without last month. */
    public Optional<BigDecimal> change() {
        return previous().hasResponses() ? Optional.of(rate().subtract(previous().rate())) : Optional.empty();
    }

    /** Each category's share of the unsatisfied responses, adding up to 1 (all 0 when none). */
    public Map<ReasonCategory, BigDecimal> shares() {
        List<ReasonCategory> categories = List.of(ReasonCategory.values());
        List<BigDecimal> shares = ReasonShares.of(categories.stream().map(reasons::get).toList());
        Map<ReasonCategory, BigDecimal> byCategory = new EnumMap<>(ReasonCategory.class);
        for (int i = 0; i < categories.size(); i++) {
            byCategory.put(categories.get(i), shares.get(i));
        }
        return byCategory;
    }

    /**
     * The {@code limit} most frequent reasons, most first, and any other with as many as the last
     * of them: a tie at the cut (parking 7 = security 7) names both rather than hiding one by
     * category order. Ties are listed in category order; a count of 0 is never named.
     */
    public List<ReasonCategory> topReasons(int limit) {
        List<ReasonCategory> named = new ArrayList<>();
        for (ReasonCategory category : ReasonCategory.values()) {
            if (reasons.get(category) > 0) {
                named.add(category);
            }
        }
        named.sort(Comparator.comparing((ReasonCategory c) -> reasons.get(c)).reversed()
                .thenComparing(Enum::ordinal));
        if (limit <= 0 || named.isEmpty()) {
            return List.of();
        }
        int cut = Math.min(limit, named.size());
        long last = reasons.get(named.get(cut - 1));
        while (cut < named.size() && reasons.get(named.get(cut)) == last) {
            cut++;
        }
        return List.copyOf(named.subList(0, cut));
    }

    /** The run summary figures of FORMATS §3, names exactly as the contract writes them. */
    public Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put(RESPONSES, responses());
        figures.put(SATISFIED, satisfied());
        figures.put(SATISFACTION_RATE, rate());
        for (ReasonCategory category : ReasonCategory.values()) {
            figures.put(REASONS + category.name(), reasons.get(category));
        }
        return figures;
    }
}
