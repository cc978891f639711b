package com.satops.common.text;

/**
 * A cell value that cannot be read as what its column holds. Its message is the
 * reason recorded in the data issue, so it is written for the person fixing the
 * file.
 */
public class ValueException extends RuntimeException {

    public ValueException(String reason) {
        // Bad cells are data, not bugs: nobody reads their stack trace, and an import
        // with many bad rows should not pay for filling one in each time.
        super(reason, null, false, false);
    }

    /** How a cell's value is quoted in a reason: trimmed, and an empty cell said as such. */
    public static String shown(String value) {
        return value == null || value.isBlank() ? "(empty)" : value.strip();
    }

    public String reason() {
        return getMessage();
    }
}
