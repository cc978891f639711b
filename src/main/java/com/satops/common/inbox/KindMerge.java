package com.satops.common.inbox;

import java.util.List;
import java.util.Map;

/**
 * The set-based merge of one kind's staged files into the domain tables: each
 * statement covers every file listed in {@code stg_merge_file}, and all of them
 * run in one transaction, so the files are applied together or not at all. The
 * merges of kinds that read nothing the other writes run at once: a statement
 * sees only the files its own merge listed.
 */
public interface KindMerge {

    InboxKind kind();

    /**
     * Turns rows naming what the database does not know (project, household, task) into skipped-row issues.
     */
    void checkReferences(MergeParams merge);

    /**
     * Names in {@code stg_dropped_row} the earlier rows of keys a file lists more than once: the last row of a
     * key wins. With {@code besideRejected} the checks' bad rows are named there already and are left out: a
     * bad row replaces nothing. Returns how many rows it named; the merge drops all named rows in one pass.
     */
    int markSupersededRows(boolean besideRejected);

    /** Applies the staged rows of the files that passed their verdict ({@code applying}, in their order). */
    void apply(MergeParams merge, List<InboxFile> applying);

    /** How many of each applying file's rows left after the checks take effect. */
    default Map<Long, Integer> effectiveRows(Map<Long, Integer> rowsLeft) {
        return rowsLeft;
    }
}
