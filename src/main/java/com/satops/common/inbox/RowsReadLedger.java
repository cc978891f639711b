package com.satops.common.inbox;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records how many data rows a stage read of a file once it reached the file's
 * end, which the merge holds staging to ({@link FileMergeTasklet}).
 */
@Component
public class RowsReadLedger {

    private final ImportedFileMapper files;
    private final TransactionTemplate ownTransaction;

    public RowsReadLedger(ImportedFileMapper files, PlatformTransactionManager transactions) {
        this.files = files;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Apart from the chunk being staged, whose transaction batches its inserts.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(InboxFile file, long rows) {
        ownTransaction.executeWithoutResult(status -> files.recordRowsRead(file.fileId(), rows));
    }
}
