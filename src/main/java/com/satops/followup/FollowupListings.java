package com.satops.followup;

import java.util.List;

/** What the report and the mails list: missed promises, overdue orders, dissatisfied orders not followed up. */
public record FollowupListings(List<MissedPromise> missedPromises, List<WorkOrderRow> overdue,
                               List<WorkOrderRow> notFollowedUp) {

    /** The part of the listings about one project. */
    public FollowupListings of(String projectCode) {
        return new FollowupListings(
                missedPromises.stream().filter(m -> m.order().projectCode().equals(projectCode)).toList(),
                overdue.stream().filter(o -> o.projectCode().equals(projectCode)).toList(),
                notFollowedUp.stream().filter(o -> o.projectCode().equals(projectCode)).toList());
    }
}
