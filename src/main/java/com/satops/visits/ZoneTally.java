package com.satops.visits;

/**
 * A zone's month: its delivered households, how many are covered this quarter,
 * on the candidate list, assigned, and still to be covered; its active stewards
 * and their monthly quota together.
 */
public record ZoneTally(String zone, long households, long quarterCovered, long candidates, long assigned,
                        long quarterRemaining, int activeStewards, long stewardQuota) {

    /** Households of a zone without an active steward can only wait for a manager or department head. */
    public boolean withoutSteward() {
        return activeStewards == 0;
    }
}
