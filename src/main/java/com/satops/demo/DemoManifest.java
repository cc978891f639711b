package com.satops.demo;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.satops.common.inbox.InboxKind;

/**
 * What a demo generation wrote. Paths are relative to the inbox, so two
 * generations with one seed give equal manifests wherever they were written.
 *
 * @param households   households the ERP files list (bad rows not counted)
 * @param projectCodes the projects, in roster order
 * @param files        files written per kind, relative to the inbox ({@code erp/房屋台账-XXHY-20261120.xlsx})
 * @param rows         data rows written per kind, bad rows included, title and header rows not
 * @param badRows      rows per kind written deliberately bad (an import skips them as data issues)
 */
public record DemoManifest(
        int households,
        List<String> projectCodes,
        Map<InboxKind, List<Path>> files,
        Map<InboxKind, Long> rows,
        Map<InboxKind, Long> badRows) {

    public DemoManifest {
        projectCodes = List.copyOf(projectCodes);
        files = inKindOrder(files, List::copyOf);
        rows = inKindOrder(rows, Function.identity());
        badRows = inKindOrder(badRows, Function.identity());
    }

    /** An unmodifiable copy that lists the kinds in import order, whatever map it was built from. */
    private static <V> Map<InboxKind, V> inKindOrder(Map<InboxKind, ? extends V> source, Function<V, V> copy) {
        EnumMap<InboxKind, V> ordered = new EnumMap<>(InboxKind.class);
        source.forEach((kind, value) -> ordered.put(kind, copy.apply(value)));
        return Collections.unmodifiableMap(ordered);
    }

    public int projects() {
        return projectCodes.size();
    }

    public List<Path> files(InboxKind kind) {
        return files.getOrDefault(kind, List.of());
    }

    public long rows(InboxKind kind) {
        return rows.getOrDefault(kind, 0L);
    }

    public long badRows(InboxKind kind) {
        return badRows.getOrDefault(kind, 0L);
    }
}
