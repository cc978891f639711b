package com.satops.common.text;

import java.util.Arrays;
import java.util.List;

/**
 * A cell value that cannot be read as what its column holds. It carries the
 * message key of the reason (in the inbox bundle) and its arguments, so the data
 * issue is worded in the language of whoever reads it.
 */
public class ValueException extends RuntimeException {

    private final String key;
    private final List<String> args;

    public ValueException(String key, Object... args) {
        // Bad cells are data, not bugs: nobody reads their stack trace, and an import
        // with many bad rows should not pay for filling one in each time.
        super(key + Arrays.toString(args), null, false, false);
        this.key = key;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    /** How a cell's value is quoted in a reason: trimmed, and an empty cell said as such. */
    public static String shown(String value) {
        return value == null || value.isBlank() ? "" : value.strip();
    }

    /** The message key of the reason, {@code inbox.value.notDate}. */
    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
