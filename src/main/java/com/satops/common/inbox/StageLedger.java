package com.satops.common.inbox;

import com.satops.common.inbox.ImportedFileMapper.RowsRead;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.builder.MyBatisBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
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
    private final MyBatisBatchItemWriter<RowsRead> rowsRead;
    private final TransactionTemplate ownTransaction;

    public StageLedger(ImportedFileMapper files, SqlSessionFactory sessions, PlatformTransactionManager transactions) {
        this.files = files;
        // a JDBC batch in the chunk's transaction, beside the chunk's data issues: no commit of its own per file
        this.rowsRead = new MyBatisBatchItemWriterBuilder<RowsRead>().sqlSessionFactory(sessions)
                .statementId(ImportedFileMapper.class.getName() + ".recordRowsRead").assertUpdates(false).build();
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The files read to their end since the last call, recorded in the chunk's transaction. */
    public void rowsRead(List<RowsRead> readToTheirEnd) {
        if (!readToTheirEnd.isEmpty()) {
            rowsRead.write(new Chunk<>(readToTheirEnd));
        }
    }

    /** Once a stage partition has stored its rows: in a transaction of its own, as the load commits on its own. */
    public void keysUnique(List<Long> fileIds) {
        if (!fileIds.isEmpty()) {
            ownTransaction.executeWithoutResult(status -> files.recordKeysUnique(fileIds));
        }
    }
}
