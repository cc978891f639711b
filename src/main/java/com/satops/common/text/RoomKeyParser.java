package com.satops.common.text;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ways a room is written in CRM, ERP and survey files, so that
 * {@code 3-2-1502}, {@code 3栋2单元1502}, {@code 3幢2单元1502室}, {@code 3号楼2单元1502}
 * and {@code ３栋２单元１５０２} all name household {@code 3-2-1502}.
 */
public final class RoomKeyParser {

    // Each suffix is a group, so that a "?" after it makes the whole word optional.
    private static final String BUILDING_SUFFIX = "(?:号楼|栋|幢|楼|座|#)";
    private static final String UNIT_SUFFIX = "(?:单元)";
    private static final String ROOM_SUFFIX = "(?:室|号)";
    // Chinese input methods type a dash as an em dash, often two of them.
    private static final String SEPARATOR = "(?:\\s*(?:[-/\u2013]|\u2014{1,2})\\s*|\\s+)";
    // A part ends in its suffix, a separator or both; without either, "321502" could be split anywhere.
    private static final String BUILDING_END = "(?:\\s*" + BUILDING_SUFFIX + SEPARATOR + "?|" + SEPARATOR + ")";
    private static final String UNIT_END = "(?:\\s*" + UNIT_SUFFIX + SEPARATOR + "?|" + SEPARATOR + ")";

    private static final Pattern COMBINED = Pattern.compile(
            "([A-Z0-9]+)" + BUILDING_END + "(?:([A-Z0-9]+)" + UNIT_END + ")?(\\d+)\\s*" + ROOM_SUFFIX + "?");
    private static final Pattern BUILDING = Pattern.compile("([A-Z0-9]+)\\s*" + BUILDING_SUFFIX + "?");
    private static final Pattern UNIT = Pattern.compile("([A-Z0-9]+)\\s*" + UNIT_SUFFIX + "?");
    private static final Pattern ROOM = Pattern.compile("(\\d+)\\s*" + ROOM_SUFFIX + "?");
    // Longer than any real key; keeps a pasted paragraph from costing regex backtracking.
    private static final int MAX_LENGTH = 40;

    private RoomKeyParser() {
    }

    /**
     * A room key from one cell: {@code 3-2-1502}, {@code 3栋2单元1502室}, {@code 12-0801}, ...
     *
     * @throws ValueException when the cell holds no building and room
     */
    public static RoomKey parse(String combined) {
        String text = normalized(combined);
        Matcher m = COMBINED.matcher(text);
        if (text.length() > MAX_LENGTH || !m.matches()) {
            throw new ValueException("inbox.value.notRoomKey", ValueException.shown(combined));
        }
        return key(m.group(1), m.group(2), m.group(3));
    }

    /**
     * A room key from the ERP's separate columns ({@code 3栋}, {@code 2单元},
     * {@code 1502室}); with no building the room column holds the combined key.
     *
     * @throws ValueException when the parts do not make a room key
     */
    public static RoomKey fromParts(String building, String unit, String room) {
        String buildingText = normalized(building);
        if (buildingText.isEmpty()) {
            return parse(room);
        }
        String unitText = normalized(unit);
        Matcher b = BUILDING.matcher(buildingText);
        Matcher u = UNIT.matcher(unitText);
        Matcher r = ROOM.matcher(normalized(room));
        if (!b.matches() || !(unitText.isEmpty() || u.matches()) || !r.matches()) {
            throw new ValueException("inbox.value.notRoomKeyParts", ValueException.shown(building),
                    ValueException.shown(unit), ValueException.shown(room));
        }
        return key(b.group(1), unitText.isEmpty() ? null : u.group(1), r.group(1));
    }

    private static String normalized(String text) {
        return TextFolding.fold(text).toUpperCase(Locale.ROOT);
    }

    // Buildings and units are counted (03栋 is 3栋); rooms are labels whose zeros matter (0801).
    private static RoomKey key(String building, String unit, String room) {
        return new RoomKey(withoutLeadingZeros(building), unit == null ? null : withoutLeadingZeros(unit), room);
    }

    private static String withoutLeadingZeros(String part) {
        int start = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c < '0' || c > '9') {
                return part;
            }
            if (c == '0' && start == i && i < part.length() - 1) {
                start++;
            }
        }
        return part.substring(start);
    }
}
