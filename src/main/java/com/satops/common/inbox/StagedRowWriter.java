package com.satops.common.inbox;

import com.satops.common.inbox.staging.StagingLoader;
import com.satops.common.inbox.staging.StagingLoader.StagingLoad;
import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.builder.MyBatisBatchItemWriterBuilder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Hands a stage step's records to the database's staging loader, and writes each
 * chunk's data issues as a JDBC batch in the chunk's transaction. The load ends
 * with the step's last row, inside that row's chunk, so the step completes only
 * once every record is stored; a step that ends any other way keeps none of them.
 */
public class StagedRowWriter implements ItemStreamWriter<StagedRow>, StepExecutionListener {

    private final StagingLoader loader;
    private final InboxKind kind;
    private final MyBatisBatchItemWriter<DataIssue> issues;
    private final StageLedger ledger;
    private final FileKeyWatch keys = new FileKeyWatch();
    private StagingLoad load;

    public StagedRowWriter(StagingLoader loader, SqlSessionFactory sessions, InboxKind kind, StageLedger ledger) {
        this.loader = loader;
        this.kind = kind;
        this.ledger = ledger;
        this.issues = new MyBatisBatchItemWriterBuilder<DataIssue>()
                .sqlSessionFactory(sessions).statementId(DataIssueMapper.class.getName() + ".insert")
                .assertUpdates(false).build();
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) throws Exception {
        List<DataIssue> found = new ArrayList<>();
        boolean lastRow = false;
        for (StagedRow row : chunk) {
            if (row.record() != null) {
                if (load == null) {
                    load = loader.begin(kind);
                }
                load.add(row.record());
                if (row.record() instanceof KeyedRecord keyed) {
                    keys.add(keyed);
                }
            }
            found.addAll(row.issues());
            lastRow |= row.lastRow();
        }
        if (load != null) {
            load.endChunk();
        }
        if (!found.isEmpty()) {
            issues.write(new Chunk<>(found));
        }
        if (lastRow && load != null) {
            StagingLoad finished = load;
            load = null;
            finished.finish();
            ledger.keysUnique(keys.uniqueFiles());
        }
    }

    /** A load still open here lost its last row: the step must not pass for complete. */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (load == null) {
            return stepExecution.getExitStatus();
        }
        abandon();
        if (stepExecution.getStatus() != BatchStatus.COMPLETED) {
            return stepExecution.getExitStatus();
        }
        IllegalStateException lost = new IllegalStateException("the stage step of " + kind.folder()
                + " ended before its last row was staged; nothing of it is kept");
        stepExecution.setStatus(BatchStatus.FAILED);
        stepExecution.addFailureException(lost);
        return ExitStatus.FAILED.addExitDescription(lost);
    }

    @Override
    public void close() {
        abandon();
    }

    private void abandon() {
        if (load != null) {
            StagingLoad open = load;
            load = null;
            open.close();
        }
    }
}
