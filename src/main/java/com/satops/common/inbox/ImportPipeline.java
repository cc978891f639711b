package com.satops.common.inbox;

import java.util.List;

/**
 * The order the import stages and merges the kinds in, as a pipeline of groups:
 * while one group merges (the database's work), the next group's files are
 * parsed and staged (mostly Java's), so both cores work. The groups merge in
 * kind order, as a sequential import did: the roster first and alone, since every
 * other kind's merge checks its rows against the households; then the kinds of
 * the roster's size and smaller, balanced so that each group's merging takes about
 * as long as the next group's staging at a million households.
 *
 * <p>When a step of one lane fails or stops, the other lane runs to its end,
 * then the import ends. The import lock goes with the run's end, not with the
 * failed step, so no other import stages while a merge of this one still runs.
 */
final class ImportPipeline {

    static final List<List<InboxKind>> GROUPS = List.of(
            List.of(InboxKind.ERP),
            List.of(InboxKind.STAFF, InboxKind.CRM, InboxKind.SURVEYS),
            List.of(InboxKind.PATROL, InboxKind.VISITS, InboxKind.WORKORDERS));

    private ImportPipeline() {
    }
}
