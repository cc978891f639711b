package com.satops.common.table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * No sheet of the file has a header row holding all required columns, so the
 * whole file is rejected before any row of it is read.
 */
public class MissingColumnsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final List<String> missingColumns;

    public MissingColumnsException(Path file, List<String> missingColumns, String message) {
        super(message);
        this.file = file;
        this.missingColumns = List.copyOf(missingColumns);
    }

    public Path file() {
        return file;
    }

    /**
     * The required columns, as {@code 客户类别 (customer_class)}, that the closest
     * header candidate lacks: of all rows among the first 10 non-empty rows of
     * every sheet, the first that matched the most required columns.
     */
    public List<String> missingColumns() {
        return missingColumns;
    }
}
