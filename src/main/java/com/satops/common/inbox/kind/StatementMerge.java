package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * A kind's merge as its mapper statements in order: the reference checks, the
 * superseded-row query and the applying statements. Rows left after the checks
 * take effect unless the kind counts them itself.
 */
record StatementMerge(InboxKind kind,
                      List<Consumer<MergeParams>> checks,
                      Function<MergeParams, List<RowRef>> superseded,
                      List<Consumer<MergeParams>> applies,
                      ToIntFunction<MergeParams> effective) implements KindMerge {

    StatementMerge(InboxKind kind, List<Consumer<MergeParams>> checks,
                   Function<MergeParams, List<RowRef>> superseded, List<Consumer<MergeParams>> applies) {
        this(kind, checks, superseded, applies, null);
    }

    @Override
    public void checkReferences(MergeParams file) {
        checks.forEach(check -> check.accept(file));
    }

    @Override
    public List<RowRef> supersededRows(MergeParams file) {
        return superseded.apply(file);
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
