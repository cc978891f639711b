package com.satops.common.domain;

import com.satops.common.text.ColumnKey;
import com.satops.common.text.ValueException;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Reads a code list value as files write it: the English code in any case and with
 * any spacing ({@code IN_PROGRESS}, {@code in progress}, {@code In-Progress}) or the
 * Chinese label ({@code 整改中}), full-width or not.
 */
public final class Labels {

    // Built once per enum: imports look values up for every row of every file.
    private static final ClassValue<Lookup> LOOKUPS = new ClassValue<>() {
        @Override
        protected Lookup computeValue(Class<?> type) {
            return Lookup.of(type);
        }
    };

    private Labels() {
    }

    /**
     * The constant of {@code type} that {@code value} names.
     *
     * @throws ValueException naming the allowed values when it names none
     */
    public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String value) {
        Lookup lookup = LOOKUPS.get(type);
        String key = ColumnKey.of(value);
        Object constant = lookup.byKey.get(key);
        if (constant == null) {
            if (key.isEmpty()) {
                throw new ValueException("inbox.value.noLabel", lookup.allowed);
            }
            throw new ValueException("inbox.value.unknownLabel", value.strip(), lookup.allowed);
        }
        return type.cast(constant);
    }

    /** The values {@code type} accepts as a reason lists them: {@code 已交房/DELIVERED, 未交房/NOT_DELIVERED}. */
    public static <E extends Enum<E> & Labelled> String allowed(Class<E> type) {
        return LOOKUPS.get(type).allowed;
    }

    private record Lookup(Map<String, Object> byKey, String allowed) {

        static Lookup of(Class<?> type) {
            Map<String, Object> byKey = new HashMap<>();
            StringJoiner allowed = new StringJoiner(", ");
            for (Object constant : type.getEnumConstants()) {
                String code = ((Enum<?>) constant).name();
                String label = ((Labelled) constant).label();
                register(byKey, ColumnKey.of(code), constant);
                register(byKey, ColumnKey.of(label), constant);
                allowed.add(label + "/" + code);
            }
            return new Lookup(Map.copyOf(byKey), allowed.toString());
        }

        private static void register(Map<String, Object> byKey, String key, Object constant) {
            Object earlier = byKey.putIfAbsent(key, constant);
            if (earlier != null && earlier != constant) {
                throw new IllegalStateException(constant.getClass().getSimpleName() + " reads '" + key
                        + "' as both " + earlier + " and " + constant);
            }
        }
    }
}
