package com.satops.common.inbox;

/**
 * The set-based merge of one kind's staged file into the domain tables. Runs
 * inside the file's single transaction: applied whole or not at all.
 */
public interface KindMerge {

    InboxKind kind();

    /**
     * Turns rows naming what the database does not know (project, household, task) into skipped-row issues.
     */
    void checkReferences(MergeParams file);

    /** Removes from staging the earlier rows of keys the file lists more than once: the last row of a key wins. */
    void deleteSupersededRows(MergeParams file);

    /** Applies the staged rows the checks left. */
    void apply(MergeParams file);

    /** How many of the rows left after the checks take effect. */
    default int effectiveRows(MergeParams file, int rowsLeft) {
        return rowsLeft;
    }
}
