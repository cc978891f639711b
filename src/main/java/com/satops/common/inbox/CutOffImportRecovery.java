package com.satops.common.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs under the import lock, before the scan, and tidies what an import cut
 * off by a crash left behind. The data issues of files it was still staging go
 * (the scan stages those files again and records their issues anew, so they
 * count once). A file whose merge committed but which was never moved is moved
 * to processed/ now: its rows are in the database, the move is all that was lost.
 * A file in processed/ whose content no import applied (put there by hand, or
 * left by a commit lost before commits were durable) is reported as a data issue
 * of every run until it is dropped into the inbox again.
 */
@Component
public class CutOffImportRecovery implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(CutOffImportRecovery.class);
    private static final int BATCH = 1000;

    private final InboxRecoveryMapper recovery;
    private final ImportedFileMapper files;
    private final DataIssueMapper issues;
    private final InboxFolders folders;
    private final MessageSource messages;
    private final Clock clock;

    public CutOffImportRecovery(InboxRecoveryMapper recovery, ImportedFileMapper files, DataIssueMapper issues,
                                InboxFolders folders, MessageSource messages, Clock clock) {
        this.recovery = recovery;
        this.files = files;
        this.issues = issues;
        this.folders = folders;
        this.messages = messages;
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
        reportUnappliedProcessedFiles(run);
        return RepeatStatus.FINISHED;
    }

    private void reportUnappliedProcessedFiles(ImportRun run) {
        List<Path> processed = processedFiles();
        for (int from = 0; from < processed.size(); from += BATCH) {
            List<Path> batch = processed.subList(from, Math.min(processed.size(), from + BATCH));
            Set<String> accounted = new HashSet<>(recovery.accountedNames(
                    batch.stream().map(path -> path.getFileName().toString()).distinct().toList()));
            for (Path file : batch) {
                String name = file.getFileName().toString();
                // Hashed only when no applied file bears its name: a numbered copy, or a file never applied.
                if (!accounted.contains(name) && files.findAppliedFile(ContentHash.sha256(file)) == null) {
                    String where = folders.home().relativize(file).toString();
                    IssueReason why = IssueReason.of("inbox.processed-not-applied", where);
                    String reason = messages.getMessage(why.key(), why.args().toArray(), DataIssueText.STORED);
                    issues.insert(new DataIssue(run.executionId(), run.runKey(), null, name, null, null, null, null,
                            why, reason, false, null));
                    log.warn("{}: {}", name, reason);
                }
            }
        }
    }

    private List<Path> processedFiles() {
        Path root = folders.processed(LocalDate.EPOCH).getParent();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root, 2)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private void moveAppliedFiles(ImportRun run) {
        List<String> waiting = new ArrayList<>();
        for (InboxKind kind : InboxKind.values()) {
            folders.scan(kind).files().forEach(path -> waiting.add(path.toString()));
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
