package com.satops.demo;

import com.satops.common.domain.OccupancyStatus;

/** The demo surveys only homes an agency can reach: the default occupied set (RESIDENT, RENTED). */
final class DemoOccupancy {

    private DemoOccupancy() {
    }

    static boolean occupied(OccupancyStatus status) {
        return status == OccupancyStatus.RESIDENT || status == OccupancyStatus.RENTED;
    }
}
