package com.satops.common.inbox;

import java.util.List;

/**
 * A row after checking: the staging record to write (null for a bad row) and what was wrong with it;
 * {@code lastRow} when it is the last row of its stage step.
 */
public record StagedRow(Object record, List<DataIssue> issues, boolean lastRow) {

    public StagedRow(Object record, List<DataIssue> issues) {
        this(record, issues, false);
    }

    StagedRow asLastRow() {
        return new StagedRow(record, issues, true);
    }
}
