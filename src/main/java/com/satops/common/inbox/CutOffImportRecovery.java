package com.satops.common.inbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Runs under the import lock, before the scan, and tidies what an import cut
 * off by a crash left behind. The data issues of files it was still staging go
 * (the scan stages those files again and records their issues anew, so they
 * count once). A file whose merge committed but which was never moved is moved
 * to processed/ now: its rows are in the database, the move is all that was lost.
 */
@Component
public class CutOffImportRecovery implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CutOffImportRecovery.class);
    private static final int BATCH = 1000;

    private final InboxRecoveryMapper recovery;
    private final InboxFolders folders;
    private final Clock clock;

    public CutOffImportRecovery(InboxRecoveryMapper recovery, InboxFolders folders, Clock clock) {
        this.recovery = recovery;
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ImportRun run = ImportRun.of(contribution.getStepExecution(), clock);
        List<Long> cutOff = recovery.cutOffFiles();
        for (int from = 0; from < cutOff.size(); from += BATCH) {
            recovery.deleteIssuesOf(cutOff.subList(from, Math.min(cutOff.size(), from + BATCH)));
        }
        if (!cutOff.isEmpty()) {
            log.info("An earlier import was cut off while staging {} files; they are staged again", cutOff.size());
        }
        moveAppliedFiles(run);
        return RepeatStatus.FINISHED;
    }

    private void moveAppliedFiles(ImportRun run) {
        List<String> waiting = new ArrayList<>();
        for (InboxKind kind : InboxKind.values()) {
            folders.waitingFiles(kind).forEach(path -> waiting.add(path.toString()));
        }
        for (int from = 0; from < waiting.size(); from += BATCH) {
            for (InboxFile file : recovery.appliedNotMoved(waiting.subList(from, Math.min(waiting.size(), from + BATCH)))) {
                Path path = Path.of(file.path());
                // Same name, other content: a new file that happens to reuse the name, imported as usual.
                if (Files.isRegularFile(path) && ContentHash.sha256(path).equals(file.sha256())) {
                    Path moved = folders.moveToProcessed(path, run.today());
                    recovery.recordMoved(file.fileId(), LocalDateTime.now(clock));
                    log.info("{}: applied by file #{} before the import was cut off; moved to {}", file.fileName(),
                            file.fileId(), moved);
                }
            }
        }
    }
}
