package com.satops.demo;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One CRM work order with its whole life: what a file shows of it depends on
 * the moment it was exported (times after that moment are not known yet).
 */
record WorkOrderLife(String orderNo, String projectCode, String room, String type, LocalDateTime created,
                     LocalDateTime responded, LocalDateTime dispatched, LocalDateTime feedback,
                     LocalDateTime completed, LocalDateTime returnVisit, String rating, LocalDateTime followedUp,
                     String ownerStaffNo, boolean closesAfterVisit) {

    /** The order as the CRM knew it at {@code moment}. */
    Snapshot at(LocalDateTime moment) {
        LocalDateTime visit = known(returnVisit, moment);
        String status;
        if (known(completed, moment) != null) {
            status = visit != null && closesAfterVisit ? "已关闭" : "已完成";
        } else {
            status = known(dispatched, moment) != null ? "处理中" : "待处理";
        }
        return new Snapshot(known(responded, moment), known(dispatched, moment), known(feedback, moment),
                known(completed, moment), visit, visit == null ? null : rating, known(followedUp, moment), status);
    }

    private static LocalDateTime known(LocalDateTime at, LocalDateTime moment) {
        return at != null && !at.isAfter(moment) ? at : null;
    }

    /** What a file row shows of the order beside its fixed columns. */
    record Snapshot(LocalDateTime responded, LocalDateTime dispatched, LocalDateTime feedback,
                    LocalDateTime completed, LocalDateTime returnVisit, String rating, LocalDateTime followedUp,
                    String status) {

        boolean sameAs(Snapshot other) {
            return Objects.equals(this, other);
        }
    }
}
