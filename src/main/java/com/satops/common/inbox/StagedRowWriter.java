package com.satops.common.inbox;

import java.util.ArrayList;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.builder.MyBatisBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Writes a chunk's staging records and its data issues as two JDBC batches in the chunk's transaction. */
public class StagedRowWriter implements ItemWriter<StagedRow> {

    private final MyBatisBatchItemWriter<Object> records;
    private final MyBatisBatchItemWriter<DataIssue> issues;

    public StagedRowWriter(SqlSessionFactory sessions, InboxKind kind) {
        this.records = new MyBatisBatchItemWriterBuilder<Object>()
                .sqlSessionFactory(sessions).statementId(kind.stagingStatement()).assertUpdates(false).build();
        this.issues = new MyBatisBatchItemWriterBuilder<DataIssue>()
                .sqlSessionFactory(sessions).statementId(DataIssueMapper.class.getName() + ".insert")
                .assertUpdates(false).build();
    }

    @Override
    public void write(Chunk<? extends StagedRow> chunk) throws Exception {
        List<Object> staged = new ArrayList<>(chunk.size());
        List<DataIssue> found = new ArrayList<>();
        for (StagedRow row : chunk) {
            if (row.record() != null) {
                staged.add(row.record());
            }
            found.addAll(row.issues());
        }
        if (!staged.isEmpty()) {
            records.write(new Chunk<>(staged));
        }
        if (!found.isEmpty()) {
            issues.write(new Chunk<>(found));
        }
    }
}
