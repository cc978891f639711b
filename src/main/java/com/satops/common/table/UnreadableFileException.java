package com.satops.common.table;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A file that is not what it must be to be read (an old .xls, an encrypted or
 * empty workbook, UTF-16 text, broken UTF-8): it is refused saying what it is.
 * The reason is a message key of the inbox bundle with its arguments.
 */
public class UnreadableFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public UnreadableFileException(String key, Object... args) {
        super(key + Arrays.toString(args));
        this.key = key;
        this.args = List.of(args);
    }

    public UnreadableFileException(Throwable cause, String key, Object... args) {
        this(key, args);
        initCause(cause);
    }

    /** The message key of what the file is, {@code inbox.file.oldXls}. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
