package com.satops.common.inbox;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a stage records of its files for the merge ({@link FileMergeTasklet}):
 * how many data rows it read of each, once it reached the file's end, which the
 * merge holds staging to; and which files list each key once.
 */
@Component
public class StageLedger {

    private final ImportedFileMapper files;
    private final TransactionTemplate ownTransaction;

    public StageLedger(ImportedFileMapper files, PlatformTransactionManager transactions) {
        this.files = files;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Apart from the chunk being staged, whose transaction batches its inserts.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void rowsRead(InboxFile file, long rows) {
        ownTransaction.executeWithoutResult(status -> files.recordRowsRead(file.fileId(), rows));
    }

    public void keysUnique(List<Long> fileIds) {
        if (!fileIds.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> files.recordKeysUnique(fileIds));
        }
    }
}
