package com.satops.common.inbox;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A file that cannot be read as its kind (a required column missing, not a
 * spreadsheet) goes to inbox/rejected/ with a note saying why; nothing of it is applied.
 */
@Component
public class FileRejection {

    private static final Logger log = LoggerFactory.getLogger(FileRejection.class);

    private final InboxFolders folders;
    private final ImportedFileMapper files;
    private final DataIssueMapper issues;
    private final DataIssueText text;

    private final TransactionTemplate ownTransaction;

    public FileRejection(InboxFolders folders, ImportedFileMapper files, DataIssueMapper issues, DataIssueText text,
                         PlatformTransactionManager transactions) {
        this.folders = folders;
        this.files = files;
        this.issues = issues;
        this.text = text;
        this.ownTransaction = new TransactionTemplate(transactions);
        // Recorded apart from the chunk being staged, whose transaction batches its inserts.
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Moves the file aside with a note saying why, in the company's language, and records why. */
    public void reject(ImportRun run, InboxFile file, String column, IssueReason why) {
        String reason = text.stored(why, true);
        String note = file.fileName() + ": " + reason;
        Path moved = folders.moveToRejected(Path.of(file.path()), note);
        ownTransaction.executeWithoutResult(status -> {
            files.finishFile(file.fileId(), "REJECTED", 0, 0, 0, reason + "; moved to " + moved);
            issues.insert(new DataIssue(run.executionId(), run.runKey(), file.fileId(), file.fileName(), null, null,
                    column, null, why, reason, false, null));
        });
        log.warn("{} rejected: {}", file.fileName(), reason);
    }
}
