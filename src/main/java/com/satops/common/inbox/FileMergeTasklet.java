package com.satops.common.inbox;

import com.satops.common.config.SatopsProperties;
import com.satops.common.text.Percent;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
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
 * Applies one kind's staged files in name order, each in a transaction of its
 * own: reference checks, the reject-rate verdict, then the set-based merge. A
 * file over the rate applies nothing and stays in the inbox to be fixed.
 */
public class FileMergeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(FileMergeTasklet.class);

    private final KindMerge merge;
    private final ImportedFileMapper files;
    private final StagingMapper staging;
    private final DataIssueMapper issues;
    private final InboxFolders folders;
    private final InboxRecoveryMapper recovery;
    private final Clock clock;
    private final double maxRejectRate;
    private final TransactionTemplate fileTransaction;

    public FileMergeTasklet(KindMerge merge, ImportedFileMapper files, StagingMapper staging, DataIssueMapper issues,
                            InboxFolders folders, InboxRecoveryMapper recovery, Clock clock,
                            SatopsProperties properties, PlatformTransactionManager transactions) {
        this.merge = merge;
        this.files = files;
        this.staging = staging;
        this.issues = issues;
        this.folders = folders;
        this.recovery = recovery;
        this.clock = clock;
        this.maxRejectRate = properties.importing().maxRejectRate();
        this.fileTransaction = new TransactionTemplate(transactions);
        this.fileTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportRun run = ImportRun.of(contribution.getStepExecution(), clock);
        for (InboxFile file : files.stagingFiles(run.executionId(), merge.kind())) {
            long started = System.nanoTime();
            String outcome = fileTransaction.execute(status -> mergeFile(file, run));
            // Moved only once the merge has committed (durably: see the datasource URL), and recorded as moved
            // after: a crash in between leaves an applied file in the inbox, which the next import moves.
            if ("APPLIED".equals(outcome) || "DUPLICATE".equals(outcome)) {
                folders.moveToProcessed(Path.of(file.path()), run.today());
                fileTransaction.executeWithoutResult(status -> recovery.recordMoved(file.fileId(),
                        LocalDateTime.now(clock)));
            }
            log.info("{}: {} in {} ms", file.fileName(), outcome, (System.nanoTime() - started) / 1_000_000);
        }
        return RepeatStatus.FINISHED;
    }

    private String mergeFile(InboxFile file, ImportRun run) {
        MergeParams params = MergeParams.of(file, run);
        String table = merge.kind().stagingTable();
        if (files.findAppliedFile(file.sha256()) != null) {
            // The same content was dropped twice in one batch: the first copy applied it.
            files.deleteStaging(table, file.fileId());
            files.finishFile(file.fileId(), "DUPLICATE", 0, 0, 0, "same content applied earlier in this import");
            return "DUPLICATE";
        }
        int dataRows = staging.countStaged(table, file.fileId()) + issues.countSkippedRows(file.fileId());
        merge.checkReferences(params);
        staging.deleteRejectedRows(table, file.fileId());
        merge.deleteSupersededRows(params);
        int badRows = issues.countSkippedRows(file.fileId());
        if (dataRows > 0 && (double) badRows / dataRows > maxRejectRate) {
            files.deleteStaging(table, file.fileId());
            String message = String.format("%s: %s of %d rows are bad (%d), over the %s limit; nothing applied, "
                            + "the file stays in the inbox to be fixed and dropped again",
                    file.fileName(), percent(badRows, dataRows), dataRows, badRows, percent(maxRejectRate));
            files.finishFile(file.fileId(), "OVER_RATE", dataRows, badRows, 0, message);
            log.warn(message);
            return "OVER_RATE";
        }
        int effective = merge.effectiveRows(params, dataRows - badRows);
        merge.apply(params);
        files.deleteStaging(table, file.fileId());
        files.finishFile(file.fileId(), "APPLIED", dataRows, badRows, effective, null);
        files.recordAppliedContent(file.sha256(), file.fileId());
        return "APPLIED";
    }

    private static String percent(long part, long whole) {
        return percent((double) part / whole);
    }

    private static String percent(double fraction) {
        return Percent.brief(BigDecimal.valueOf(fraction));
    }
}
