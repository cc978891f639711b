package com.satops.common.inbox;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How many characters each text column of each kind may hold: the declared size
 * of the staging column its value is stored in (the domain columns are at least
 * as wide). A longer value is a bad value of its row, never a failed statement.
 */
public final class ColumnLimits {

    /** Staging columns named otherwise than the input column they store. */
    private static final Map<String, String> STORED_AS = Map.of("name", "staff_name", "room", "room_key");

    private final Map<InboxKind, Map<String, Integer>> limits;

    private ColumnLimits(Map<InboxKind, Map<String, Integer>> limits) {
        this.limits = limits;
    }

    /** A staging column as the database declares it; {@code maxLength} null for non-text columns. */
    public record StagingColumn(String tableName, String columnName, Integer maxLength) {
    }

    public static ColumnLimits of(List<StagingColumn> columns) {
        Map<String, Map<String, Integer>> byTable = new HashMap<>();
        for (StagingColumn column : columns) {
            if (column.maxLength() != null) {
                byTable.computeIfAbsent(column.tableName().toLowerCase(Locale.ROOT), t -> new HashMap<>())
                        .put(column.columnName().toLowerCase(Locale.ROOT), column.maxLength());
            }
        }
        Map<InboxKind, Map<String, Integer>> limits = new EnumMap<>(InboxKind.class);
        for (InboxKind kind : InboxKind.values()) {
            Map<String, Integer> table = byTable.getOrDefault(kind.stagingTable(), Map.of());
            Map<String, Integer> byKey = new HashMap<>();
            kind.columns().forEach(c -> {
                String stored = table.containsKey(c.key()) ? c.key() : STORED_AS.getOrDefault(c.key(), c.key());
                Integer limit = table.get(stored);
                if (limit != null) {
                    byKey.put(c.key(), limit);
                }
            });
            limits.put(kind, Map.copyOf(byKey));
        }
        return new ColumnLimits(limits);
    }

    /** The most characters a value of the column may have; empty when it is not stored as text. */
    public OptionalInt limit(InboxKind kind, String key) {
        Integer limit = limits.getOrDefault(kind, Map.of()).get(key);
        return limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
    }
}
