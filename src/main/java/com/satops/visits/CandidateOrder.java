package com.satops.visits;

import com.satops.common.text.NaturalOrder;
import java.util.Comparator;

/**
 * The order of a project's candidate list (FORMATS §5): BLACK customers first,
 * then latest score 3 or lower (lower first), then the longest since the last
 * visit (never visited first), then room key.
 */
public final class CandidateOrder implements Comparator<HouseholdStanding> {

    public static final CandidateOrder INSTANCE = new CandidateOrder();

    private CandidateOrder() {
    }

    @Override
    public int compare(HouseholdStanding a, HouseholdStanding b) {
        int byBlack = Boolean.compare(b.black(), a.black());
        if (byBlack != 0) {
            return byBlack;
        }
        int byLowScore = Boolean.compare(b.lowScore(), a.lowScore());
        if (byLowScore != 0) {
            return byLowScore;
        }
        if (a.lowScore()) {
            int byScore = Integer.compare(a.lastScore(), b.lastScore());
            if (byScore != 0) {
                return byScore;
            }
        }
        int byLastVisit = compareLastVisit(a, b);
        if (byLastVisit != 0) {
            return byLastVisit;
        }
        return NaturalOrder.INSTANCE.compare(a.roomKey(), b.roomKey());
    }

    private static int compareLastVisit(HouseholdStanding a, HouseholdStanding b) {
        if (a.lastVisit() == null || b.lastVisit() == null) {
            return Boolean.compare(a.lastVisit() != null, b.lastVisit() != null);
        }
        return a.lastVisit().compareTo(b.lastVisit());
    }
}
