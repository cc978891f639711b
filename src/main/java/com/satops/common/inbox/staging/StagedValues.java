package com.satops.common.inbox.staging;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;

/**
 * A staging record's values in the order its kind's insert statement binds them
 * (the {@code #{}} parameters of the StagingMapper insert): the order in which
 * that statement, and the load sharing its column list, name the columns.
 */
final class StagedValues {

    private final List<String> properties;
    private final Map<Class<?>, Method[]> accessors = new ConcurrentHashMap<>();

    private StagedValues(List<String> properties) {
        this.properties = properties;
    }

    static StagedValues of(MappedStatement insert) {
        return new StagedValues(insert.getBoundSql(null).getParameterMappings().stream()
                .map(ParameterMapping::getProperty).toList());
    }

    int size() {
        return properties.size();
    }

    Object[] of(Object record) {
        Method[] read = accessors.computeIfAbsent(record.getClass(), this::accessorsOf);
        Object[] values = new Object[read.length];
        try {
            for (int i = 0; i < read.length; i++) {
                values[i] = read[i].invoke(record);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read a staging record " + record.getClass().getName(), e);
        }
        return values;
    }

    private Method[] accessorsOf(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalStateException("a staging record must be a record: " + type.getName());
        }
        Map<String, Method> byName = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getAccessor));
        return properties.stream().map(name -> {
            Method accessor = byName.get(name);
            if (accessor == null) {
                throw new IllegalStateException(type.getName() + " has no " + name + " to stage");
            }
            // the records are package-private to their kinds: without this every call is checked anew
            accessor.setAccessible(true);
            return accessor;
        }).toArray(Method[]::new);
    }
}
