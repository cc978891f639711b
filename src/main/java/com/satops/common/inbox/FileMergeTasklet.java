package com.satops.common.inbox;

import com.satops.common.config.SatopsProperties;
import com.satops.common.inbox.ImportedFileMapper.AppliedFile;
import com.satops.common.text.Percent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies one kind's staged files together, in name order, in one transaction:
 * reference checks, each file's reject-rate verdict, then the set-based merge of
 * the files that passed, each statement once for all of them (a later file's row
 * of a key wins over an earlier file's). A file over the rate applies nothing and
 * stays in the inbox to be fixed. The files move to {@code processed/} once the
 * transaction has committed.
 */
public class FileMergeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FileMergeTasklet.class);

    private final KindMerge merge;
    private final ImportedFileMapper files;
    private final StagingMapper staging;
    private final InboxFolders folders;
    private final Clock clock;
    private final double maxRejectRate;
    private final TransactionTemplate mergeTransaction;
    private final MergeSortBuffer sortBuffer;

    FileMergeTasklet(KindMerge merge, ImportedFileMapper files, StagingMapper staging, MergeSortBuffer sortBuffer,
                     InboxFolders folders, Clock clock,
                     SatopsProperties properties, PlatformTransactionManager transactions) {
        this.merge = merge;
        this.files = files;
        this.staging = staging;
        this.sortBuffer = sortBuffer;
        this.folders = folders;
        this.clock = clock;
        this.maxRejectRate = properties.importing().maxRejectRate();
        this.mergeTransaction = new TransactionTemplate(transactions);
        this.mergeTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // Read committed: the merge's INSERT ... SELECTs then read data_issue and imported_file without locking
        // their index ranges, so the next kind's stage, writing both at the same time, never waits for the
        // merge to commit (nor deadlocks with it). Nothing else writes what the merge reads meanwhile.
        this.mergeTransaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportRun run = ImportRun.of(contribution.getStepExecution(), clock);
        List<InboxFile> waiting = files.stagingFiles(run.executionId(), merge.kind());
        while (!waiting.isEmpty()) {
            // A content dropped twice merges in the next round: by then its first copy has applied (the copy is
            // a duplicate) or was refused over the rate (and so is the copy, checked as the first was).
            Set<String> contents = new HashSet<>();
            List<InboxFile> round = new ArrayList<>();
            List<InboxFile> later = new ArrayList<>();
            waiting.forEach(file -> (contents.add(file.sha256()) ? round : later).add(file));
            long started = System.nanoTime();
            Map<Long, String> outcomes = mergeTransaction.execute(status ->
                    sortBuffer.during(() -> mergeTogether(round, run)));
            long mergedMs = (System.nanoTime() - started) / 1_000_000;
            // Moved only once the merge has committed (durably: see the datasource URL), and recorded as moved
            // after: a crash in between leaves applied files in the inbox, which the next import moves.
            List<InboxFile> moved = new ArrayList<>();
            for (InboxFile file : round) {
                String outcome = outcomes.get(file.fileId());
                if ("APPLIED".equals(outcome) || "DUPLICATE".equals(outcome)) {
                    folders.moveToProcessed(Path.of(file.path()), run.today());
                    moved.add(file);
                }
                log.info("{}: {} in {} ms, merged with {} other files", file.fileName(), outcome, mergedMs,
                        round.size() - 1);
            }
            if (!moved.isEmpty()) {
                List<Long> movedIds = moved.stream().map(InboxFile::fileId).toList();
                mergeTransaction.executeWithoutResult(status ->
                        files.recordMovedFiles(movedIds, LocalDateTime.now(clock)));
            }
            waiting = later;
        }
        // Outside the merge's transaction: the merge has committed, and emptying the table commits on its own.
        mergeTransaction.executeWithoutResult(status -> staging.truncateStaging(merge.kind().stagingTable()));
        return RepeatStatus.FINISHED;
    }

    private Map<Long, String> mergeTogether(List<InboxFile> round, ImportRun run) {
        MergeParams params = MergeParams.of(run);
        String table = merge.kind().stagingTable();
        long started = System.nanoTime();
        Map<Long, String> outcomes = new HashMap<>();
        staging.listMergeFiles(round);
        Set<Long> appliedBefore = new HashSet<>(files.appliedBeforeMerge());
        if (!appliedBefore.isEmpty()) {
            staging.unlistMergeFiles(List.copyOf(appliedBefore));
            for (long fileId : appliedBefore) {
                files.finishFile(fileId, "DUPLICATE", 0, 0, 0, "same content applied earlier in this import");
                outcomes.put(fileId, "DUPLICATE");
            }
        }
        List<InboxFile> checked = round.stream().filter(file -> !appliedBefore.contains(file.fileId())).toList();
        Map<Long, StagedFileRows> stagedAndRead = new HashMap<>();
        Map<Long, Integer> staged = new HashMap<>();
        for (StagedFileRows file : staging.stagedAndReadRows(table)) {
            stagedAndRead.put(file.fileId(), file);
            staged.put(file.fileId(), file.staged());
        }
        Map<Long, Integer> skippedWhenStaged = byFile(staging.skippedRows());
        requireEveryRowStaged(checked, stagedAndRead, skippedWhenStaged);
        long issuesBefore = staging.lastIssueId();
        merge.checkReferences(params);
        int rejected = staging.markRejectedRows(issuesBefore);
        long checkedAt = System.nanoTime();
        // Bad rows and a key's earlier rows in a file (replaced by its last one) are named first, then leave
        // staging together: one pass over the staging table, which holds up to a million rows.
        int superseded = merge.markSupersededRows(rejected > 0);
        List<FileRows> dropped = rejected + superseded > 0 ? staging.dropNamedRows(table) : List.of();
        Map<Long, Integer> bad = byFile(staging.skippedRows());
        // Only the rows left take effect: the staged rows less those dropped, unless the drop could not say
        // what it removed.
        Map<Long, Integer> left = dropped == null ? byFile(staging.stagedRows(table)) : less(staged, dropped);
        long supersededAt = System.nanoTime();

        List<InboxFile> applying = new ArrayList<>();
        List<Long> refused = new ArrayList<>();
        Map<Long, Integer> dataRows = new HashMap<>();
        Map<Long, Integer> rowsLeft = new LinkedHashMap<>();
        for (InboxFile file : checked) {
            int data = staged.getOrDefault(file.fileId(), 0) + skippedWhenStaged.getOrDefault(file.fileId(), 0);
            int badRows = bad.getOrDefault(file.fileId(), 0);
            dataRows.put(file.fileId(), data);
            if (data > 0 && (double) badRows / data > maxRejectRate) {
                String message = String.format("%s: %s of %d rows are bad (%d), over the %s limit; nothing "
                                + "applied, the file stays in the inbox to be fixed and dropped again",
                        file.fileName(), percent(badRows, data), data, badRows, percent(maxRejectRate));
                files.finishFile(file.fileId(), "OVER_RATE", data, badRows, 0, message);
                log.warn(message);
                outcomes.put(file.fileId(), "OVER_RATE");
                refused.add(file.fileId());
            } else {
                applying.add(file);
                rowsLeft.put(file.fileId(), left.getOrDefault(file.fileId(), 0));
            }
        }
        if (!refused.isEmpty()) {
            staging.holdBackMergeFiles(refused);
        }
        Map<Long, Integer> effective = merge.effectiveRows(rowsLeft);
        merge.apply(params, applying);
        long appliedAt = System.nanoTime();
        if (!applying.isEmpty()) {
            files.finishAppliedFiles(applying.stream().map(file -> new AppliedFile(file.fileId(),
                    dataRows.get(file.fileId()), bad.getOrDefault(file.fileId(), 0), effective.get(file.fileId())))
                    .toList());
            files.recordMergedContent();
            applying.forEach(file -> outcomes.put(file.fileId(), "APPLIED"));
        }
        staging.clearMergeFiles();
        log.info("{} merge of {} files: checks {} ms, superseded and dropped rows {} ms, applying {} ms, ledger {} ms; "
                        + "{} applied, {} over the rate, {} duplicates", merge.kind(), round.size(),
                millis(started, checkedAt), millis(checkedAt, supersededAt), millis(supersededAt, appliedAt),
                millis(appliedAt, System.nanoTime()), applying.size(), refused.size(), appliedBefore.size());
        return outcomes;
    }

    /**
     * Every data row the stage read of a file is in staging, or skipped as bad, exactly once: otherwise rows
     * were lost or staged twice on the way (a fault of this program or of the database, never of the file), and
     * applying would change the tables by a part of the file. The merge fails instead, nothing applied, every
     * file left waiting: the next import stages them anew.
     */
    private void requireEveryRowStaged(List<InboxFile> checked, Map<Long, StagedFileRows> stagedAndRead,
                                       Map<Long, Integer> skippedWhenStaged) {
        List<String> wrong = new ArrayList<>();
        for (InboxFile file : checked) {
            StagedFileRows counts = stagedAndRead.get(file.fileId());
            Integer rowsRead = counts == null ? null : counts.rowsRead();
            int held = counts == null ? 0 : counts.staged();
            int skipped = skippedWhenStaged.getOrDefault(file.fileId(), 0);
            if (rowsRead == null) {
                wrong.add(file.fileName() + ": no stage read it to its end");
            } else if (rowsRead != held + skipped) {
                wrong.add(String.format("%s: %d data rows read, staging holds %d and %d skipped as bad",
                        file.fileName(), rowsRead, held, skipped));
            }
        }
        if (!wrong.isEmpty()) {
            throw new IllegalStateException("the " + merge.kind().folder() + " merge stopped, nothing applied, "
                    + "the files wait for the next import: " + String.join("; ", wrong));
        }
    }

    private static Map<Long, Integer> byFile(List<FileRows> counts) {
        Map<Long, Integer> byFile = new HashMap<>();
        counts.forEach(count -> byFile.put(count.fileId(), count.rowTotal()));
        return byFile;
    }

    private static Map<Long, Integer> less(Map<Long, Integer> staged, List<FileRows> dropped) {
        Map<Long, Integer> left = new HashMap<>(staged);
        dropped.forEach(drop -> left.merge(drop.fileId(), -drop.rowTotal(), Integer::sum));
        return left;
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static String percent(long part, long whole) {
        return percent((double) part / whole);
    }

    private static String percent(double fraction) {
        return Percent.brief(BigDecimal.valueOf(fraction));
    }
}
