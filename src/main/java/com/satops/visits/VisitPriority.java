package com.satops.visits;

/** Why a household is on this month's candidate list, in the order the list puts them. */
public enum VisitPriority {

    /** A BLACK customer: visited every month. */
    BLACK("黑色客户", "Black customer"),
    /** Latest survey score 3 or lower: visited every month. */
    LOW_SCORE("评分≤3", "Scored 3 or lower"),
    /** Not visited yet this quarter. */
    COVERAGE("本季度未覆盖", "Not covered this quarter");

    /** Scores at or below this are unsatisfied (FORMATS §2 surveys). */
    public static final int LOW_SCORE_LIMIT = 3;

    private final String chinese;
    private final String english;

    VisitPriority(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    public String label(com.satops.common.report.ReportLocale locale) {
        return locale.pick(chinese, english);
    }

    /** The priority of a household this month, or null when it needs no visit this month. */
    public static VisitPriority of(HouseholdStanding household, VisitMonth month) {
        if (household.black()) {
            return BLACK;
        }
        if (household.lowScore()) {
            return LOW_SCORE;
        }
        return month.covers(household.lastVisit()) ? null : COVERAGE;
    }
}
