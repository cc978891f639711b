package com.satops.common.table;

import java.util.List;
import java.util.Objects;

/**
 * A column a job reads from an input table. A header cell names this column when
 * its {@link com.satops.common.text.ColumnKey} equals that of the key, the Chinese
 * name or any alias, so {@code Project_Code}, {@code 项目编码 } and {@code project code}
 * all find {@code project_code}.
 *
 * @param key         the English alias, also the key of the value in {@link TableRow#values()}
 * @param chineseName the name Chinese exports use, also shown to users in errors
 * @param required    whether a header row must hold this column
 * @param aliases     further names the column goes by in some exports
 */
public record ColumnDef(String key, String chineseName, boolean required, List<String> aliases) {

    public ColumnDef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(chineseName, "chineseName");
        if (key.isBlank()) {
            throw new IllegalArgumentException("A column key must not be blank");
        }
        aliases = List.copyOf(aliases);
    }

    public static ColumnDef required(String key, String chineseName, String... aliases) {
        return new ColumnDef(key, chineseName, true, List.of(aliases));
    }

    public static ColumnDef optional(String key, String chineseName, String... aliases) {
        return new ColumnDef(key, chineseName, false, List.of(aliases));
    }

    /** How users see the column in messages: {@code 客户类别 (customer_class)}. */
    public String label() {
        return chineseName.isEmpty() ? key : chineseName + " (" + key + ")";
    }
}
