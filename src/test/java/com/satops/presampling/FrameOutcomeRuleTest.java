package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.CustomerClass;
import com.satops.common.domain.HandoverStatus;
import com.satops.common.domain.OccupancyStatus;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FrameOutcomeRuleTest {

    private final FrameOutcomeRule rule = new FrameOutcomeRule(Set.of(OccupancyStatus.RESIDENT, OccupancyStatus.RENTED));

    @Test
    void notHandedOverComesFirstEvenForAnEmptyBlackHousehold() {
        assertThat(rule.decide(HandoverStatus.NOT_DELIVERED, OccupancyStatus.VACANT, CustomerClass.BLACK))
                .isEqualTo(FrameOutcome.NOT_DELIVERED);
    }

    @Test
    void anEmptyHouseholdIsNotOccupiedBeforeItIsBlack() {
        assertThat(rule.decide(HandoverStatus.DELIVERED, OccupancyStatus.VACANT, CustomerClass.BLACK))
                .isEqualTo(FrameOutcome.NOT_OCCUPIED);
        assertThat(rule.decide(HandoverStatus.DELIVERED, OccupancyStatus.RENOVATING, CustomerClass.NORMAL))
                .isEqualTo(FrameOutcome.NOT_OCCUPIED);
    }

    @Test
    void anOccupiedBlackCustomerIsExcludedAsBlack() {
        assertThat(rule.decide(HandoverStatus.DELIVERED, OccupancyStatus.RENTED, CustomerClass.BLACK))
                .isEqualTo(FrameOutcome.BLACK);
    }

    @Test
    void everyoneElseIsEligible() {
        assertThat(rule.decide(HandoverStatus.DELIVERED, OccupancyStatus.RESIDENT, CustomerClass.GOOD))
                .isEqualTo(FrameOutcome.ELIGIBLE);
        assertThat(rule.decide(HandoverStatus.DELIVERED, OccupancyStatus.RESIDENT, CustomerClass.NORMAL))
                .isEqualTo(FrameOutcome.ELIGIBLE);
    }

    @Test
    void theOccupiedSetIsConfigurable() {
        FrameOutcomeRule rentedIsEmpty = new FrameOutcomeRule(Set.of(OccupancyStatus.RESIDENT));
        assertThat(rentedIsEmpty.decide(HandoverStatus.DELIVERED, OccupancyStatus.RENTED, CustomerClass.NORMAL))
                .isEqualTo(FrameOutcome.NOT_OCCUPIED);
    }
}
