package com.satops.bench;

import com.satops.common.inbox.InboxKind;
import com.satops.common.table.TableReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The parse ceiling: every waiting input file read with satops' own table readers, no database. */
public final class BareParse {

    private BareParse() {
    }

    /** Data rows of every file; a file the readers refuse fails the bench, named. */
    public static long rows(Function<InboxKind, List<Path>> waitingFiles) {
        long rows = 0;
        for (InboxKind kind : InboxKind.values()) {
            for (Path file : waitingFiles.apply(kind)) {
                try (TableReader table = TableReader.open(file, kind.columns())) {
                    while (table.next() != null) {
                        rows++;
                    }
                } catch (Exception e) {
                    throw new BenchFailure(file + " cannot be read as a " + kind.folder() + " file: "
                            + e.getMessage(), e);
                }
            }
        }
        return rows;
    }
}
