package com.satops.common.text;

/**
 * Where a household lives within its project, as {@link RoomKeyParser} normalized
 * it: building, unit (null where the building has none) and room.
 */
public record RoomKey(String building, String unit, String room) {

    public RoomKey {
        if (building == null || building.isBlank() || room == null || room.isBlank()) {
            throw new IllegalArgumentException("a room key needs a building and a room: " + building + ", " + room);
        }
        if (unit != null && unit.isBlank()) {
            unit = null;
        }
    }

    /** {@code 3-2-1502}, or {@code 12-0801} without a unit: the form stored, matched and shown. */
    public String canonical() {
        return unit == null ? building + "-" + room : building + "-" + unit + "-" + room;
    }
}
