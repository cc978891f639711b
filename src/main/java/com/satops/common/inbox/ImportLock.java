package com.satops.common.inbox;

import com.satops.common.config.SatopsProperties;
import com.satops.common.run.RunEndListener;
import com.satops.common.run.RunSummary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSessionFactory;
import org.slf4j.Logger;
import org.springframework.batch.core.job.JobExecution;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One import at a time, across every process on the database: an import holds
 * the {@code import_lock} row ({@code SELECT ... FOR UPDATE}) on a connection of
 * its own from its first step to its last. Another import, of any job, waits
 * until then, so it never stages or abandons files the first one is applying.
 * A process that dies loses its connection, and with it the lock.
 */
@Component
public class ImportLock implements RunEndListener {

    private static final Logger log = LoggerFactory.getLogger(ImportLock.class);
    /** H2's "timeout trying to lock" and MariaDB/MySQL's "lock wait timeout exceeded". */
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int MYSQL_LOCK_WAIT_TIMEOUT = 1205;

    private final DataSource dataSource;
    private final String lockStatement;
    private final Duration maxWait;
    private final Clock clock;
    private final Map<Long, Connection> held = new ConcurrentHashMap<>();

    public ImportLock(DataSource dataSource, SqlSessionFactory sessions, SatopsProperties properties, Clock clock) {
        this.dataSource = dataSource;
        // Run on a connection outside Spring's transactions, which begin and end with each step.
        this.lockStatement = sessions.getConfiguration()
                .getMappedStatement(ImportLockMapper.class.getName() + ".lock").getBoundSql(null).getSql();
        this.maxWait = properties.importing().lockWait();
        this.clock = clock;
    }

    /** Blocks until this execution holds the lock, or fails after the configured wait. */
    public void acquire(long executionId) {
        if (held.containsKey(executionId)) {
            return;
        }
        Instant deadline = clock.instant().plus(maxWait);
        boolean announced = false;
        while (true) {
            Connection connection = open();
            try (PreparedStatement lock = connection.prepareStatement(lockStatement);
                 ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("the import_lock row is missing; the schema is incomplete");
                }
                held.put(executionId, connection);
                return;
            } catch (SQLException e) {
                closeQuietly(connection, e);
                if (!isLockTimeout(e)) {
                    throw new IllegalStateException("cannot take the import lock: " + e.getMessage(), e);
                }
                if (clock.instant().isAfter(deadline)) {
                    throw new IllegalStateException("another import has been running for over " + maxWait
                            + "; this run did not start its import (satops.importing.lock-wait)", e);
                }
                if (!announced) {
                    log.info("Another import is running; waiting for it to finish");
                    announced = true;
                }
            }
        }
    }

    /**
     * Whatever way a run ended (stopped mid-import, failed in a listener, a bug), its lock goes with it:
     * a lock left held would keep every later import, and any schema change, waiting.
     */
    @Override
    public void runEnded(JobExecution execution, RunSummary summary) {
        release(execution.getId());
    }

    /** Ends the lock's transaction; a no-op for an execution that does not hold it. */
    public void release(long executionId) {
        Connection connection = held.remove(executionId);
        if (connection == null) {
            return;
        }
        try (connection) {
            connection.rollback();
        } catch (SQLException e) {
            // The lock dies with the connection whatever happens here.
            log.warn("Closing the import lock's connection failed: {}", e.getMessage());
        }
    }

    private Connection open() {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a connection for the import lock: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection, SQLException cause) {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static boolean isLockTimeout(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == H2_LOCK_TIMEOUT || sql.getErrorCode() == MYSQL_LOCK_WAIT_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }
}
