package com.satops.common.inbox;

import org.springframework.stereotype.Component;

/** The column limits of the migrated schema, read from the database's catalogue once, on first use. */
@Component
public class StagingColumnLimits {

    private final StagingMapper staging;
    private volatile ColumnLimits limits;

    public StagingColumnLimits(StagingMapper staging) {
        this.staging = staging;
    }

    public ColumnLimits current() {
        ColumnLimits read = limits;
        if (read == null) {
            read = ColumnLimits.of(staging.stagingColumns());
            limits = read;
        }
        return read;
    }
}
