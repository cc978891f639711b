package com.satops.followup;

import com.satops.common.domain.ReturnVisitRating;
import com.satops.common.domain.WorkOrderStatus;
import com.satops.common.domain.WorkOrderType;
import java.time.LocalDateTime;

/** A work order as the listings show it, with its 责任人's name when the staff roster knows them. */
public record WorkOrderRow(String orderNo, String projectCode, String roomKey, WorkOrderType orderType,
                           LocalDateTime createdAt, LocalDateTime respondedAt, LocalDateTime dispatchedAt,
                           LocalDateTime firstFeedbackAt, LocalDateTime completedAt, LocalDateTime returnVisitAt,
                           ReturnVisitRating returnVisitRating, LocalDateTime followedUpAt, String ownerStaffNo,
                           String ownerName, WorkOrderStatus status) {

    public LocalDateTime time(ServicePromise promise) {
        return switch (promise) {
            case RESPOND -> respondedAt;
            case DISPATCH -> dispatchedAt;
            case FEEDBACK -> firstFeedbackAt;
        };
    }

    /** The owner as a listing names them: name, else the 工号 the file gave. */
    public String ownerShown() {
        return ownerName != null ? ownerName : ownerStaffNo;
    }
}
