package com.satops.demo;

import java.util.List;

/**
 * A project's estate: its buildings in roster order and its zones. Small
 * (a building per ~100 homes), so it is kept while the households themselves
 * are only ever walked.
 *
 * @param index      position in roster order, from 0
 * @param code       project code, e.g. {@code XXHY}
 * @param name       project name, e.g. 星河湾
 * @param buildings  buildings in roster order
 * @param households homes the roster lists
 * @param zoneSizes  households per zone, by zone index
 */
record ProjectLayout(int index, String code, String name, List<Building> buildings, int households, int[] zoneSizes) {

    ProjectLayout {
        buildings = List.copyOf(buildings);
        zoneSizes = zoneSizes.clone();
    }

    int zoneCount() {
        return zoneSizes.length;
    }

    int zoneSize(int zone) {
        return zoneSizes[zone];
    }

    String zoneName(int zone) {
        return ZoneNames.of(zone);
    }
}
