package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;

/**
 * A kind's merge as its mapper statements in order: the reference checks, the
 * superseded-row removal and the applying statements. Rows left after the checks
 * take effect unless the kind counts them itself.
 */
record StatementMerge(InboxKind kind,
                      List<Consumer<MergeParams>> checks,
                      Consumer<MergeParams> superseded,
                      List<Consumer<MergeParams>> applies,
                      ToIntFunction<MergeParams> effective) implements KindMerge {

    StatementMerge(InboxKind kind, List<Consumer<MergeParams>> checks, Consumer<MergeParams> superseded,
                   List<Consumer<MergeParams>> applies) {
        this(kind, checks, superseded, applies, null);
    }

    @Override
    public void checkReferences(MergeParams file) {
        checks.forEach(check -> check.accept(file));
    }

    @Override
    public void deleteSupersededRows(MergeParams file) {
        superseded.accept(file);
    }

    @Override
    public void apply(MergeParams file) {
        applies.forEach(statement -> statement.accept(file));
    }

    @Override
    public int effectiveRows(MergeParams file, int rowsLeft) {
        return effective == null ? rowsLeft : effective.applyAsInt(file);
    }
}
