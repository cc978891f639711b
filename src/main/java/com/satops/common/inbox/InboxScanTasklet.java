package com.satops.common.inbox;

import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Registers every waiting file for this import: content already applied is
 * moved aside as a duplicate, the rest is staged by the kind's steps.
 */
@Component
public class InboxScanTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(InboxScanTasklet.class);

    private final InboxFolders folders;
    private final ImportedFileMapper files;
    private final DataIssueMapper issues;
    private final DataIssueText text;
    private final Clock clock;

    public InboxScanTasklet(InboxFolders folders, ImportedFileMapper files, DataIssueMapper issues,
                            DataIssueText text, Clock clock) {
        this.folders = folders;
        this.files = files;
        this.issues = issues;
        this.text = text;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportRun run = ImportRun.of(contribution.getStepExecution(), clock);
        folders.create();
        for (InboxKind kind : InboxKind.values()) {
            files.deleteAbandonedStaging(kind.stagingTable());
        }
        files.markAbandonedStaging();
        for (InboxKind kind : InboxKind.values()) {
            InboxFolders.Listing listing = folders.scan(kind);
            for (Path file : listing.files()) {
                register(run, kind, file);
            }
            listing.notRead().forEach(entry -> notRead(run, kind, entry));
        }
        return RepeatStatus.FINISHED;
    }

    /** Nothing in an inbox folder is passed over in silence: what is not read is said so, and why. */
    private void notRead(ImportRun run, InboxKind kind, InboxFolders.NotRead entry) {
        String name = entry.path().getFileName().toString();
        IssueReason reason = IssueReason.of(entry.reasonKey(), name, kind.folder());
        String reasonText = text.stored(reason, false);
        if (entry.refused()) {
            folders.moveToRejected(entry.path(), name + ": " + reasonText);
        }
        issues.insert(new DataIssue(run.executionId(), run.runKey(), null, name, null, null, null, null, reason,
                reasonText, false, null));
        log.warn("{}/{}: {}", kind.folder(), name, reasonText);
    }

    private void register(ImportRun run, InboxKind kind, Path file) {
        String sha256 = ContentHash.sha256(file);
        Long earlier = files.findAppliedFile(sha256);
        String name = file.getFileName().toString();
        String status = earlier == null ? "STAGING" : "DUPLICATE";
        ImportedFileMapper.NewImportedFile row = new ImportedFileMapper.NewImportedFile(kind, name,
                file.toString(), sha256, status, run.runKey(), run.executionId(), run.asOf());
        files.insertFile(row);
        if (earlier != null) {
            Path moved = folders.moveToProcessed(file, run.today());
            files.finishFile(row.getFileId(), status, 0, 0, 0, "same content as file #" + earlier + "; moved to " + moved);
            log.info("{}: same content already applied (file #{}), skipped", name, earlier);
        }
    }
}
