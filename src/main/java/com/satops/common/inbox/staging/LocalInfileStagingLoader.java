package com.satops.common.inbox.staging;

import com.mysql.cj.jdbc.JdbcStatement;
import com.satops.common.inbox.InboxKind;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.ibatis.session.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MySQL/MariaDB staging at bulk-load speed: one {@code LOAD DATA LOCAL INFILE}
 * per stage step, on a connection of its own, reading the rows from the step
 * while it goes on reading and checking the next ones, so the parse and the
 * load use a core each. The load is one transaction, committed only when every
 * row arrived unchanged: LOAD DATA LOCAL turns a value that does not fit into a
 * warning, so any warning, or a row count other than the rows sent, fails the
 * step and keeps nothing (the import stages the files again when run again).
 */
public class LocalInfileStagingLoader implements StagingLoader, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalInfileStagingLoader.class);
    private static final int WARNINGS_SHOWN = 3;

    private final Configuration mybatis;
    private final HikariDataSource connections;

    /**
     * The loads' connections come from a pool of their own (LOCAL INFILE is allowed on them only), one for
     * each partition of a stage step, which keeps them for the next step and, when the server is short of
     * connections, waits for one.
     */
    public LocalInfileStagingLoader(Configuration mybatis, String url, String user, String password,
                                    int loadsAtOnce) {
        this.mybatis = mybatis;
        HikariConfig config = new HikariConfig();
        config.setPoolName("satops-staging");
        config.setJdbcUrl(LocalInfileUrl.of(url));
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(Math.max(2, loadsAtOnce));
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        this.connections = new HikariDataSource(config);
    }

    @Override
    public void close() {
        connections.close();
    }

    @Override
    public StagingLoad begin(InboxKind kind) {
        StagedValues values = StagedValues.of(mybatis.getMappedStatement(kind.stagingStatement()));
        String sql = mybatis.getMappedStatement(loadStatement(kind)).getBoundSql(null).getSql();
        try {
            return new Load(kind, values, sql, connections.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a connection to stage " + kind.stagingTable()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The StagingMapper load sharing the column list of the kind's insert. */
    static String loadStatement(InboxKind kind) {
        return kind.stagingStatement().replace(".insert", ".load");
    }

    private static final class Load implements StagingLoad {

        private final InboxKind kind;
        private final StagedValues values;
        private final Connection connection;
        private final RowPipe pipe = new RowPipe();
        private final CompletableFuture<Long> loaded = new CompletableFuture<>();
        private final Thread loader;
        private long sent;
        private boolean done;
        private boolean closed;

        Load(InboxKind kind, StagedValues values, String sql, Connection connection) {
            this.kind = kind;
            this.values = values;
            this.connection = connection;
            this.loader = new Thread(() -> load(sql), "satops-stage-" + kind.folder());
            this.loader.setDaemon(true);
            try {
                connection.setAutoCommit(false);
            } catch (SQLException e) {
                closeConnection();
                throw new IllegalStateException("cannot stage " + kind.stagingTable() + ": " + e.getMessage(), e);
            }
            loader.start();
        }

        private void load(String sql) {
            try (Statement statement = connection.createStatement()) {
                statement.unwrap(JdbcStatement.class).setLocalInfileInputStream(pipe.input());
                long rows = statement.executeLargeUpdate(sql);
                List<String> warnings = warnings(statement.getWarnings());
                if (!warnings.isEmpty()) {
                    throw new IllegalStateException("the database changed values while staging "
                            + kind.stagingTable() + " (" + String.join("; ", warnings) + "); nothing is staged");
                }
                loaded.complete(rows);
            } catch (Throwable e) {
                pipe.readerFailed(e);
                loaded.completeExceptionally(e);
            }
        }

        private static List<String> warnings(SQLWarning first) {
            List<String> shown = new ArrayList<>();
            for (SQLWarning w = first; w != null && shown.size() < WARNINGS_SHOWN; w = w.getNextWarning()) {
                shown.add(w.getMessage());
            }
            return shown;
        }

        @Override
        public void add(Object record) {
            LoadDataText.appendRow(pipe.row(), values.of(record));
            try {
                pipe.endRow();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("staging " + kind.stagingTable() + " interrupted", e);
            }
            sent++;
        }

        @Override
        public void endChunk() {
            try {
                pipe.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("staging " + kind.stagingTable() + " interrupted", e);
            }
        }

        @Override
        public void finish() {
            try {
                pipe.close();
                long rows = loaded.get();
                if (rows != sent) {
                    throw new IllegalStateException("staging " + kind.stagingTable() + " stored " + rows
                            + " rows of " + sent + "; nothing is staged");
                }
                connection.commit();
                done = true;
                log.debug("{}: {} rows staged", kind.stagingTable(), rows);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("staging " + kind.stagingTable() + " interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot stage " + kind.stagingTable() + ": "
                        + e.getCause().getMessage(), e.getCause());
            } catch (SQLException e) {
                throw new IllegalStateException("cannot commit the staging of " + kind.stagingTable() + ": "
                        + e.getMessage(), e);
            } finally {
                close();
            }
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (!done && !loaded.isDone()) {
                pipe.abandon();
            }
            try {
                loader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (!done) {
                try {
                    connection.rollback();
                } catch (SQLException e) {
                    log.warn("cannot roll back the staging of {}: {}", kind.stagingTable(), e.getMessage());
                }
            }
            closeConnection();
        }

        private void closeConnection() {
            try {
                connection.close();
            } catch (SQLException e) {
                log.warn("cannot close the staging connection of {}: {}", kind.stagingTable(), e.getMessage());
            }
        }
    }
}
