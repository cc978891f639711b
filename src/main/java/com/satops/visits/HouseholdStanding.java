package com.satops.visits;

import com.satops.common.domain.CustomerClass;
import java.time.LocalDate;

/**
 * What the candidate rules need to know of one delivered household: its class
 * as of the run's as-of date, its latest survey score and its last visit before
 * the month being planned.
 *
 * @param customerClass latest CRM mark on or before as-of; NORMAL when none
 * @param lastScore     score of the household's latest survey month before the planned month; null when never surveyed
 * @param lastVisit     latest visit result dated before the planned month; null when never visited
 */
public record HouseholdStanding(long householdId, String roomKey, String zone, CustomerClass customerClass,
                                Integer lastScore, LocalDate lastVisit) {

    public HouseholdStanding {
        if (customerClass == null) {
            customerClass = CustomerClass.NORMAL;
        }
        if (zone == null) {
            zone = "";
        }
    }

    public boolean black() {
        return customerClass == CustomerClass.BLACK;
    }

    public boolean lowScore() {
        return lastScore != null && lastScore <= VisitPriority.LOW_SCORE_LIMIT;
    }

    /** The same household with an equal zone String the caller shares among many rows. */
    HouseholdStanding withZone(String sharedZone) {
        return sharedZone == zone ? this
                : new HouseholdStanding(householdId, roomKey, sharedZone, customerClass, lastScore, lastVisit);
    }
}
