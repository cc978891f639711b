package com.satops.common.text;

import java.util.Locale;
import java.util.Map;

/** Reads yes/no cells: 是/否, Y/N, yes/no, true/false, 1/0, in any case. */
public final class BooleanValues {

    private static final Map<String, Boolean> WORDS = Map.of(
            "是", true, "否", false,
            "y", true, "n", false,
            "yes", true, "no", false,
            "true", true, "false", false,
            "1", true, "0", false);

    private BooleanValues() {
    }

    /** @throws ValueException for anything but the words above */
    public static boolean parse(String value) {
        Boolean parsed = WORDS.get(TextFolding.fold(value).toLowerCase(Locale.ROOT));
        if (parsed == null) {
            throw new ValueException("inbox.value.notYesNo", ValueException.shown(value));
        }
        return parsed;
    }
}
