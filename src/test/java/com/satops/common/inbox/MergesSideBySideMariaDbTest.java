package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.inbox.ImportedFileMapper.AppliedFile;
import com.satops.common.inbox.ImportedFileMapper.NewImportedFile;
import com.satops.support.FreshStart;
import com.satops.support.MariaDbDatabase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two kinds' merges at once, each in its transaction as FileMergeTasklet runs them: the second lists, holds back,
 * names and drops rows, finishes and clears its files while the first still holds its own rows of the same tables,
 * and never waits for it (a wait would be a deadlock once the first does the same).
 */
@MariaDbDatabase
class MergesSideBySideMariaDbTest extends FreshStart {

    @Autowired
    StagingMapper staging;

    @Autowired
    ImportedFileMapper files;

    @Autowired
    JdbcTemplate db;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aMergeChangesOnlyItsOwnFilesRowsAndNeverWaitsForAnother() throws Exception {
        // as many files as projects: with a list of hundreds of ids MariaDB would scan the tables
        List<InboxFile> visits = files(InboxKind.VISITS, 300);
        List<InboxFile> patrol = files(InboxKind.PATROL, 300);
        CountDownLatch firstHoldsItsRows = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> merge().executeWithoutResult(status -> {
            bookkeeping(visits);
            firstHoldsItsRows.countDown();
            await(secondDone);
            finish(visits);
        }));
        assertThat(firstHoldsItsRows.await(30, TimeUnit.SECONDS)).isTrue();
        merge().executeWithoutResult(status -> {
            // a lock wait fails at once instead of stalling until the first merge commits
            db.execute("SET SESSION innodb_lock_wait_timeout = 1");
            try {
                bookkeeping(patrol);
                finish(patrol);
            } finally {
                db.execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
            }
        });
        secondDone.countDown();
        first.get(60, TimeUnit.SECONDS);

        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_merge_file", Integer.class)).isZero();
        assertThat(db.queryForObject("SELECT COUNT(*) FROM stg_dropped_row", Integer.class)).isZero();
        assertThat(db.queryForList("SELECT status FROM imported_file ORDER BY file_id", String.class))
                .hasSize(600).containsOnly("APPLIED");
        assertThat(db.queryForObject("SELECT COUNT(*) FROM imported_file WHERE moved_at IS NULL", Integer.class))
                .isZero();
    }

    /** What a merge does to the tables all merges share before it applies. */
    private void bookkeeping(List<InboxFile> round) {
        staging.listMergeFiles(round);
        staging.holdBackMergeFiles(List.of(round.get(1).fileId()));
        db.update("INSERT INTO stg_dropped_row (file_id, sheet, row_no) VALUES (?, '', 2), (?, '', 3)",
                round.get(0).fileId(), round.get(2).fileId());
        assertThat(staging.namedRows()).extracting(FileRows::fileId)
                .containsExactlyInAnyOrder(round.get(0).fileId(), round.get(2).fileId());
        staging.forgetNamedRows();
    }

    private void finish(List<InboxFile> round) {
        files.finishAppliedFiles(round.stream().map(f -> new AppliedFile(f.fileId(), 3, 0, 3)).toList());
        files.recordMovedFiles(round.stream().map(InboxFile::fileId).toList(), LocalDateTime.now());
        assertThat(staging.listedFileIds()).containsExactlyElementsOf(round.stream().map(InboxFile::fileId).toList());
        staging.clearMergeFiles();
    }

    private TransactionTemplate merge() {
        TransactionTemplate merge = new TransactionTemplate(transactions);
        merge.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        merge.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return merge;
    }

    private int named;

    private List<InboxFile> files(InboxKind kind, int count) {
        return IntStream.range(0, count).mapToObj(i -> file(kind)).toList();
    }

    private InboxFile file(InboxKind kind) {
        String name = kind.folder() + "-" + ++named + ".csv";
        String sha = String.format("%064d", named);
        NewImportedFile row = new NewImportedFile(kind, name, "inbox/" + kind.folder() + "/" + name, sha,
                "STAGING", "run-1", 1, LocalDate.of(2026, 11, 20));
        files.insertFile(row);
        return new InboxFile(row.getFileId(), kind, name, "inbox/" + kind.folder() + "/" + name, sha);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
