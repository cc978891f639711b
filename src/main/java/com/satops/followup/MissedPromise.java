package com.satops.followup;

import java.util.ArrayList;
import java.util.List;

/** One promise of the 15-30-60 an order created on the checked day did not keep. */
public record MissedPromise(WorkOrderRow order, PromiseOutcome outcome) {

    /** Every promise each order missed, in the orders' order and then RESPOND, DISPATCH, FEEDBACK. */
    public static List<MissedPromise> of(List<WorkOrderRow> orders) {
        List<MissedPromise> missed = new ArrayList<>();
        for (WorkOrderRow order : orders) {
            for (ServicePromise promise : ServicePromise.values()) {
                PromiseOutcome outcome = PromiseCheck.judge(promise, order.createdAt(), order.time(promise));
                if (outcome.missed()) {
                    missed.add(new MissedPromise(order, outcome));
                }
            }
        }
        return missed;
    }
}
