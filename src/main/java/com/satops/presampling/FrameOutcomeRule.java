package com.satops.presampling;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.OccupancyStatus;
import java.util.Set;

/**
 * The pre-sampling decision for one household (FORMATS §5): the first exclusion
 * that applies — not handed over, then not occupied, then a black customer —
 * else eligible. The frame is decided set-based in SampleFrameMapper.insertFrame;
 * this class states the rule it must agree with, and the job tests check that
 * every stored frame row does.
 */
public final class FrameOutcomeRule {

    private final Set<OccupancyStatus> occupied;

    public FrameOutcomeRule(Set<OccupancyStatus> occupied) {
        this.occupied = Set.copyOf(occupied);
    }

    public FrameOutcome decide(HandoverStatus handover, OccupancyStatus occupancy, CustomerClass customerClass) {
        if (handover == HandoverStatus.NOT_DELIVERED) {
            return FrameOutcome.NOT_DELIVERED;
        }
        if (!occupied.contains(occupancy)) {
            return FrameOutcome.NOT_OCCUPIED;
        }
        if (customerClass == CustomerClass.BLACK) {
            return FrameOutcome.BLACK;
        }
        return FrameOutcome.ELIGIBLE;
    }
}
