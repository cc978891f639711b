package com.satops.common.inbox.staging;

import com.satops.common.inbox.InboxKind;

/**
 * How a stage step stores its staging records, chosen by database: a bulk load
 * fed while the rows are read on MySQL/MariaDB, JDBC batches on H2.
 */
public interface StagingLoader {

    /** Starts storing the records of one stage step of a kind. */
    StagingLoad begin(InboxKind kind);

    /** The records of one stage step, handed over chunk by chunk within the chunks' transactions. */
    interface StagingLoad extends AutoCloseable {

        void add(Object record);

        /** The chunk's records are handed on before its transaction commits. */
        void endChunk();

        /** Every record of the step has been added: returns once they are all stored, or fails. */
        void finish();

        /** Gives up what is not finished: nothing of an unfinished load is kept. */
        @Override
        void close();
    }
}
