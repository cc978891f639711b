package com.satops.common.inbox;

/** Checks one row of a kind and turns it into that kind's staging record. */
public interface RowStager {

    InboxKind kind();

    StagedRow stage(SourceRow row, ImportRun run);
}
