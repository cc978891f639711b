package com.satops.common.inbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The column limits of the migrated schema, read from the database's catalogue once, on first use. */
@Component
public class StagingColumnLimits {

    private final StagingMapper staging;
    private final TransactionTemplate ownTransaction;
    private volatile ColumnLimits limits;

    public StagingColumnLimits(StagingMapper staging, PlatformTransactionManager transactions) {
        this.staging = staging;
        this.ownTransaction = new TransactionTemplate(transactions);
        // First used inside a chunk, whose transaction belongs to the batch writer's session.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public ColumnLimits current() {
        ColumnLimits read = limits;
        if (read == null) {
            read = ownTransaction.execute(status -> ColumnLimits.of(staging.stagingColumns()));
            limits = read;
        }
        return read;
    }
}
