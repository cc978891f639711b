package com.satops.demo;

import java.time.LocalDate;
import java.util.List;

import com.satops.common.domain.OccupancyStatus;
import com.satops.common.domain.CustomerClass;

/**
 * One home of the roster with what the ERP and CRM know of it. Households are
 * made one at a time by the {@link RosterWalk} and forgotten once every writer
 * has seen them.
 *
 * @param serial     position in the whole roster walk, from 0
 * @param project    its project
 * @param building   its building
 * @param unit       its unit, 0 in a building without units
 * @param floor      its floor
 * @param door       its door on the floor, from 1
 * @param ownerName  the owner's name, "" before handover
 * @param phone      the owner's mobile, "" when unknown
 * @param delivered  handed over to the owner (已交房)
 * @param occupancy  how it is lived in
 * @param marks      CRM markings, oldest first; empty for a household the CRM never classified
 */
record Household(
        long serial,
        ProjectLayout project,
        Building building,
        int unit,
        int floor,
        int door,
        String ownerName,
        String phone,
        boolean delivered,
        OccupancyStatus occupancy,
        List<ClassMark> marks) {

    /** The room part of the key: floor and door, four digits with the leading zero kept ({@code 0801}). */
    String room() {
        return String.format("%02d%02d", floor, door);
    }

    /** The canonical key {@code B-U-R}, or {@code B-R} in a building without units. */
    String canonicalKey() {
        return building.hasUnits()
                ? building.number() + "-" + unit + "-" + room()
                : building.number() + "-" + room();
    }

    String zoneName() {
        return project.zoneName(building.zone());
    }

    /** The class the CRM gave it as of a day: the latest mark on or before it, else NORMAL. */
    CustomerClass classOn(LocalDate day) {
        CustomerClass current = CustomerClass.NORMAL;
        for (ClassMark mark : marks) {
            if (!mark.markedOn().isAfter(day)) {
                current = mark.customerClass();
            }
        }
        return current;
    }
}
