package com.satops.visits;

/** Why a household is on this month's candidate list, in the order the list puts them. */
public enum VisitPriority {

    /** A BLACK customer: on the list every month. */
    BLACK,
    /** Latest survey score 3 or lower: on the list every month. */
    LOW_SCORE,
    /** Not visited yet this quarter. */
    COVERAGE;

    /** Scores at or below this are unsatisfied (FORMATS §2 surveys). */
    public static final int LOW_SCORE_LIMIT = 3;

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
