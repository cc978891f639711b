package com.satops.common.inbox.kind;

import com.satops.common.inbox.FileRows;
import com.satops.common.inbox.InboxFile;
import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A kind's merge as its mapper statements in order: the reference checks, the
 * naming of superseded rows and the applying statements, each run once for all the
 * merge's files; {@code fileApplies} run once per applying file, file after file,
 * for a kind whose history depends on what each earlier file left. Rows left after
 * the checks take effect unless the kind counts them itself.
 */
record StatementMerge(InboxKind kind,
                      List<Consumer<MergeParams>> checks,
                      SupersededMark superseded,
                      List<Consumer<MergeParams>> applies,
                      List<BiConsumer<MergeParams, Long>> fileApplies,
                      Supplier<List<FileRows>> effective) implements KindMerge {

    /** A kind's statement naming the earlier rows of repeated keys ({@link KindMerge#markSupersededRows}). */
    @FunctionalInterface
    interface SupersededMark {
        int mark(boolean besideRejected);
    }

    StatementMerge(InboxKind kind, List<Consumer<MergeParams>> checks, SupersededMark superseded,
                   List<Consumer<MergeParams>> applies) {
        this(kind, checks, superseded, applies, List.of(), null);
    }

    @Override
    public void checkReferences(MergeParams merge) {
        checks.forEach(check -> check.accept(merge));
    }

    @Override
    public int markSupersededRows(boolean besideRejected) {
        return superseded.mark(besideRejected);
    }

    @Override
    public void apply(MergeParams merge, List<InboxFile> applying) {
        applies.forEach(statement -> statement.accept(merge));
        for (InboxFile file : applying) {
            fileApplies.forEach(statement -> statement.accept(merge, file.fileId()));
        }
    }

    @Override
    public Map<Long, Integer> effectiveRows(Map<Long, Integer> rowsLeft) {
        if (effective == null) {
            return rowsLeft;
        }
        Map<Long, Integer> counted = new LinkedHashMap<>();
        effective.get().forEach(file -> counted.put(file.fileId(), file.rowTotal()));
        Map<Long, Integer> effectiveRows = new LinkedHashMap<>();
        rowsLeft.keySet().forEach(fileId -> effectiveRows.put(fileId, counted.getOrDefault(fileId, 0)));
        return effectiveRows;
    }
}
