package com.satops.demo;

import java.io.IOException;
import java.util.List;

/**
 * Walks every home of every project once, in roster order (building, unit,
 * floor, door), and hands each to all the writers. No household outlives its
 * step, so memory stays flat however large the company.
 */
final class RosterWalk {

    private final List<ProjectLayout> layouts;
    private final HouseholdFactory factory;

    RosterWalk(List<ProjectLayout> layouts, HouseholdFactory factory) {
        this.layouts = layouts;
        this.factory = factory;
    }

    void walk(List<? extends HouseholdVisitor> visitors) throws IOException {
        long serial = 0;
        for (ProjectLayout project : layouts) {
            for (HouseholdVisitor visitor : visitors) {
                visitor.projectStarted(project);
            }
            for (Building building : project.buildings()) {
                serial = walkBuilding(project, building, serial, visitors);
            }
            for (HouseholdVisitor visitor : visitors) {
                visitor.projectFinished(project);
            }
        }
    }

    private long walkBuilding(ProjectLayout project, Building building, long serial,
            List<? extends HouseholdVisitor> visitors) throws IOException {
        int listed = 0;
        for (int unit = building.hasUnits() ? 1 : 0; unit <= building.units(); unit++) {
            for (int floor = 1; floor <= building.floors(); floor++) {
                for (int door = 1; door <= building.roomsPerFloor(); door++) {
                    if (listed == building.households()) {
                        return serial;
                    }
                    Household household = factory.create(serial++, project, building, unit, floor, door);
                    for (HouseholdVisitor visitor : visitors) {
                        visitor.household(household);
                    }
                    listed++;
                }
            }
        }
        return serial;
    }
}
