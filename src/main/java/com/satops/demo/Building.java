package com.satops.demo;

/**
 * One building (楼栋) of a project.
 *
 * @param number        the building number on the sign, e.g. 3 for 3栋
 * @param units         units (单元) in it; 0 for a building whose rooms are numbered without one
 * @param floors        floors with homes
 * @param roomsPerFloor homes per floor in each unit
 * @param households    homes the roster lists: all of them, except in a project's last,
 *                      partly handed-over building
 * @param zone          index of the steward's zone (片区) it belongs to
 */
record Building(int number, int units, int floors, int roomsPerFloor, int households, int zone) {

    boolean hasUnits() {
        return units > 0;
    }

    /** Homes the building has, listed or not. */
    int capacity() {
        return Math.max(units, 1) * floors * roomsPerFloor;
    }
}
