package com.satops.bench;

import com.satops.common.inbox.InboxKind;
import com.satops.common.table.TableReader;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The parse ceiling: every waiting input file read with satops' own table readers, no database. */
public final class BareParse {

    private BareParse() {
    }

    /**
     * Data rows and seconds of each kind's files, read kind after kind on one thread; a file the readers refuse
     * fails the bench, named. The roster's own figure is the floor under its import however fast the load.
     */
    public static Map<InboxKind, Measured> byKind(Function<InboxKind, List<Path>> waitingFiles) {
        Map<InboxKind, Measured> parsed = new EnumMap<>(InboxKind.class);
        for (InboxKind kind : InboxKind.values()) {
            long started = System.nanoTime();
            long rows = 0;
            for (Path file : waitingFiles.apply(kind)) {
                rows += rows(file, kind);
            }
            parsed.put(kind, new Measured("bareParse " + kind.folder(), (System.nanoTime() - started) / 1e9, rows, 0));
        }
        return parsed;
    }

    /** All kinds together, as the {@code bareParse} ceiling. */
    public static Measured total(Map<InboxKind, Measured> parsed) {
        return new Measured("bareParse", parsed.values().stream().mapToDouble(Measured::seconds).sum(),
                parsed.values().stream().mapToLong(Measured::rows).sum(), 0);
    }

    private static long rows(Path file, InboxKind kind) {
        long rows = 0;
        try (TableReader table = TableReader.open(file, kind.columns())) {
            while (table.next() != null) {
                rows++;
            }
        } catch (Exception e) {
            throw new BenchFailure(file + " cannot be read as a " + kind.folder() + " file: " + e.getMessage(), e);
        }
        return rows;
    }
}
