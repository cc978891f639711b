package com.satops.demo;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.satops.common.text.TextFolding;

/**
 * The test's own reading of room keys (FORMATS "Room keys"), written from the
 * contract rather than from {@link RoomKeyStyles}, so the two check each other.
 */
final class RoomKeys {

    private static final Pattern DASHED = Pattern.compile("(\\d+)-(?:(\\d+)-)?(\\d+)");
    private static final Pattern WORDED =
            Pattern.compile("(\\d+)(?:栋|幢|号楼)(?:(\\d+)单元)?(\\d+)室?");
    private static final Pattern BUILDING = Pattern.compile("(\\d+)(?:栋|幢|号楼)?");
    private static final Pattern UNIT = Pattern.compile("(\\d+)(?:单元)?");
    private static final Pattern ROOM = Pattern.compile("(\\d+)室?");

    private RoomKeys() {
    }

    /** The canonical {@code B-U-R} / {@code B-R} of a combined key, or empty when it is no key. */
    static Optional<String> canonical(String combined) {
        String folded = TextFolding.fold(combined).replace(" ", "");
        for (Pattern pattern : new Pattern[] {DASHED, WORDED}) {
            Matcher m = pattern.matcher(folded);
            if (m.matches()) {
                return Optional.of(key(m.group(1), m.group(2), m.group(3)));
            }
        }
        return Optional.empty();
    }

    /** The canonical key of the ERP's separate columns, or empty when one of them is no number. */
    static Optional<String> canonical(String building, String unit, String room) {
        Matcher b = BUILDING.matcher(TextFolding.fold(building));
        Matcher r = ROOM.matcher(TextFolding.fold(room));
        String foldedUnit = TextFolding.fold(unit);
        if (!b.matches() || !r.matches()) {
            return Optional.empty();
        }
        if (foldedUnit.isEmpty()) {
            return Optional.of(key(b.group(1), null, r.group(1)));
        }
        Matcher u = UNIT.matcher(foldedUnit);
        return u.matches() ? Optional.of(key(b.group(1), u.group(1), r.group(1))) : Optional.empty();
    }

    private static String key(String building, String unit, String room) {
        String b = String.valueOf(Integer.parseInt(building));
        return unit == null ? b + "-" + room : b + "-" + Integer.parseInt(unit) + "-" + room;
    }
}
