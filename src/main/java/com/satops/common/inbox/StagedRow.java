package com.satops.common.inbox;

import java.util.List;

/** A row after checking: the staging record to write (null for a bad row) and what was wrong with it. */
public record StagedRow(Object record, List<DataIssue> issues) {
}
