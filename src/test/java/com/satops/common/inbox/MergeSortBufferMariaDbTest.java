package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.FreshStart;
import com.satops.support.MariaDbDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A merge sorts with a 16 MB buffer on its own connection, which then gets the server's setting back. */
@MariaDbDatabase
class MergeSortBufferMariaDbTest extends FreshStart {

    @Autowired
    StagingMapper staging;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theMergeConnectionSortsWithTheWiderBufferAndIsSetBackAfter() {
        TransactionTemplate merge = new TransactionTemplate(transactions);
        MergeSortBuffer buffer = new MergeSortBuffer(staging, true);

        long[] seen = merge.execute(status -> {
            long before = staging.sortBufferSize();
            long during = buffer.during(staging::sortBufferSize);
            return new long[] {before, during, staging.sortBufferSize()};
        });

        assertThat(seen[0]).as("the server's setting").isLessThan(MergeSortBuffer.BYTES);
        assertThat(seen[1]).isEqualTo(MergeSortBuffer.BYTES);
        assertThat(seen[2]).as("set back").isEqualTo(seen[0]);
    }
}
