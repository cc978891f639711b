package com.satops.common.inbox.staging;

import com.satops.common.inbox.InboxKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.session.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Staging by JDBC batches of the kind's insert statement, one per chunk, in the
 * chunk's transaction: H2's fast path (it has no bulk load fed by a stream).
 * The statement is prepared once per chunk and bound straight from the record.
 */
public class BatchInsertStagingLoader implements StagingLoader {

    private final Configuration mybatis;
    private final DataSource dataSource;

    public BatchInsertStagingLoader(Configuration mybatis, DataSource dataSource) {
        this.mybatis = mybatis;
        this.dataSource = dataSource;
    }

    @Override
    public StagingLoad begin(InboxKind kind) {
        var insert = mybatis.getMappedStatement(kind.stagingStatement());
        return new Load(kind, StagedValues.of(insert), insert.getBoundSql(null).getSql());
    }

    private final class Load implements StagingLoad {

        private final InboxKind kind;
        private final StagedValues values;
        private final String sql;
        private Connection connection;
        private PreparedStatement batch;

        Load(InboxKind kind, StagedValues values, String sql) {
            this.kind = kind;
            this.values = values;
            this.sql = sql;
        }

        @Override
        public void add(Object record) {
            try {
                if (batch == null) {
                    connection = DataSourceUtils.getConnection(dataSource);
                    batch = connection.prepareStatement(sql);
                }
                Object[] row = values.of(record);
                for (int i = 0; i < row.length; i++) {
                    // as MyBatis binds an enum: by its name
                    batch.setObject(i + 1, row[i] instanceof Enum<?> constant ? constant.name() : row[i]);
                }
                batch.addBatch();
            } catch (SQLException e) {
                throw failure(e);
            }
        }

        @Override
        public void endChunk() {
            if (batch == null) {
                return;
            }
            try {
                batch.executeBatch();
            } catch (SQLException e) {
                throw failure(e);
            } finally {
                release();
            }
        }

        @Override
        public void finish() {
            endChunk();
        }

        @Override
        public void close() {
            release();
        }

        private void release() {
            if (batch != null) {
                try {
                    batch.close();
                } catch (SQLException e) {
                    throw failure(e);
                } finally {
                    batch = null;
                    DataSourceUtils.releaseConnection(connection, dataSource);
                    connection = null;
                }
            }
        }

        private IllegalStateException failure(SQLException e) {
            return new IllegalStateException("cannot stage " + kind.stagingTable() + ": " + e.getMessage(), e);
        }
    }
}
