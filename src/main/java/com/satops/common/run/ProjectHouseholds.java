package com.satops.common.run;

/** How many households a project has: what partitions are balanced by. */
public record ProjectHouseholds(String projectCode, long households) {
}
