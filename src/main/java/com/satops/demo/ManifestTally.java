package com.satops.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.satops.common.inbox.InboxKind;

/** Counts, kind by kind, what the writers put into the inbox, for the {@link DemoManifest}. */
final class ManifestTally {

    private final Path inboxDir;
    private final Map<InboxKind, List<Path>> files = new EnumMap<>(InboxKind.class);
    private final Map<InboxKind, Long> rows = new EnumMap<>(InboxKind.class);
    private final Map<InboxKind, Long> badRows = new EnumMap<>(InboxKind.class);

    ManifestTally(Path inboxDir) {
        this.inboxDir = inboxDir;
        for (InboxKind kind : InboxKind.values()) {
            files.put(kind, new ArrayList<>());
            rows.put(kind, 0L);
            badRows.put(kind, 0L);
        }
    }

    /** The folder of a kind, where its writer puts its files. */
    Path folder(InboxKind kind) {
        return inboxDir.resolve(kind.folder());
    }

    void file(InboxKind kind, Path file) {
        files.get(kind).add(inboxDir.relativize(file));
    }

    /** Closes a writer's finished file, if it has one, and records it under its kind. */
    void finish(InboxKind kind, InboxFile finished) throws IOException {
        if (finished != null) {
            finished.close();
            file(kind, finished.file());
        }
    }

    void row(InboxKind kind) {
        rows.merge(kind, 1L, Long::sum);
    }

    void badRow(InboxKind kind) {
        rows.merge(kind, 1L, Long::sum);
        badRows.merge(kind, 1L, Long::sum);
    }

    DemoManifest manifest(int households, List<String> projectCodes) {
        return new DemoManifest(households, projectCodes, files, rows, badRows);
    }
}
