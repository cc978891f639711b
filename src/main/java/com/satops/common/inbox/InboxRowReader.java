package com.satops.common.inbox;

import com.satops.common.run.PartitionNames;
import com.satops.common.run.ProgressTotal;
import com.satops.common.table.ColumnDef;
import com.satops.common.table.MissingColumnsException;
import com.satops.common.table.TableReader;
import com.satops.common.table.TableRow;
import com.satops.common.table.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the rows of every registered file of one kind (or of its partition's
 * slice of them), file after file in name order. A file that cannot be read
 * (not what it claims to be, a required column missing, an I/O failure) is
 * rejected whole; any other exception is a fault of this program and fails the
 * run, so no user's file is blamed for it.
 * It keeps no restart state: an interrupted import stages its files anew.
 * At each file's end it records how many data rows it handed on, which the
 * merge holds staging to.
 * It reads one row ahead, so the last row of the step comes marked as such.
 * Its progress is the bytes read of the kind's waiting files.
 */
public class InboxRowReader implements ItemStreamReader<SourceRow>, StepExecutionListener, ProgressTotal.Meter {

    private static final Logger log = LoggerFactory.getLogger(InboxRowReader.class);

    /** Opens a file as a table of a kind's columns. */
    @FunctionalInterface
    interface TableOpener {
        TableReader open(Path file, List<ColumnDef> columns) throws IOException;
    }

    private final InboxKind kind;
    private final Clock clock;
    private final ImportedFileMapper files;
    private final FileRejection rejection;
    private final StageLedger ledger;
    private final TableOpener opener;
    private ImportRun run;
    private ExecutionContext place;
    private String stepName;
    private Deque<InboxFile> pending;
    private InboxFile current;
    private TableReader table;
    private SourceRow ahead;
    private long bytesTotal;
    private long bytesOfFilesDone;
    private long currentSize;
    private long rowsOfCurrent;
    private final List<ImportedFileMapper.RowsRead> readToTheirEnd = new ArrayList<>();

    public InboxRowReader(InboxKind kind, Clock clock, ImportedFileMapper files, FileRejection rejection,
                          StageLedger ledger) {
        this(kind, clock, files, rejection, ledger, TableReader::open);
    }

    InboxRowReader(InboxKind kind, Clock clock, ImportedFileMapper files, FileRejection rejection,
                   StageLedger ledger, TableOpener opener) {
        this.kind = kind;
        this.clock = clock;
        this.files = files;
        this.rejection = rejection;
        this.ledger = ledger;
        this.opener = opener;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = ImportRun.of(stepExecution, clock);
        place = stepExecution.getExecutionContext();
        stepName = stepExecution.getStepName();
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending = new ArrayDeque<>(filesOfThisPartition());
        ahead = null;
        readToTheirEnd.clear();
        bytesTotal = pending.stream().mapToLong(InboxRowReader::size).sum();
        bytesOfFilesDone = 0;
        currentSize = 0;
    }

    /**
     * The partition's slice is cut from every file the run registered, not only those still waiting: another
     * partition refusing one of its files must not move the slices' bounds.
     */
    private List<InboxFile> filesOfThisPartition() {
        List<InboxFile> waiting = files.stagingFiles(run.executionId(), kind);
        if (!StagedFilePartitioner.isPartition(place)) {
            if (PartitionNames.isPartition(stepName)) {
                // read whole, the files of the other partitions would be staged twice
                throw new IllegalStateException(stepName + " was given no slice of the files to read");
            }
            return waiting;
        }
        Set<Long> mine = new HashSet<>(StagedFilePartitioner.slice(files.registeredFileIds(run.executionId(), kind),
                place));
        return waiting.stream().filter(file -> mine.contains(file.fileId())).toList();
    }

    @Override
    public SourceRow read() {
        SourceRow row = ahead != null ? ahead : nextRow();
        if (row == null) {
            return null;
        }
        ahead = nextRow();
        return ahead == null ? row.asLastRow() : row;
    }

    private SourceRow nextRow() {
        while (true) {
            if (table == null && !openNext()) {
                return null;
            }
            TableRow row;
            try {
                row = table.next();
            } catch (IOException e) {
                closeTable();
                rejectCurrent(e);
                continue;
            }
            if (row != null) {
                rowsOfCurrent++;
                return new SourceRow(current, row);
            }
            readToTheirEnd.add(new ImportedFileMapper.RowsRead(current.fileId(), (int) rowsOfCurrent));
            closeTable();
        }
    }

    private boolean openNext() {
        while (!pending.isEmpty()) {
            current = pending.poll();
            currentSize = size(current);
            rowsOfCurrent = 0;
            try {
                table = opener.open(Path.of(current.path()), kind.columns());
                return true;
            } catch (IOException e) {
                rejectCurrent(e);
            }
        }
        return false;
    }

    private void rejectCurrent(IOException failure) {
        fileDone();
        rejection.reject(run, current, missingColumns(failure), reasonFor(failure));
    }

    /** What the user is told about a file that cannot be read. */
    static IssueReason reasonFor(IOException failure) {
        if (failure instanceof UnreadableFileException unreadable) {
            return IssueReason.of(unreadable.key(), unreadable.args().toArray());
        }
        if (failure instanceof MissingColumnsException missing) {
            return IssueReason.of("inbox.file.missingColumns", String.join(", ", missing.missingColumns()));
        }
        log.warn("cannot read an inbox file", failure);
        return IssueReason.of("inbox.file.unreadable", String.valueOf(failure.getMessage()));
    }

    private static String missingColumns(IOException failure) {
        Throwable cause = failure instanceof UnreadableFileException ? failure.getCause() : failure;
        return cause instanceof MissingColumnsException missing ? String.join(", ", missing.missingColumns()) : null;
    }

    private void closeTable() {
        if (table != null) {
            try {
                table.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close " + current.fileName(), e);
            }
            table = null;
            fileDone();
        }
    }

    private void fileDone() {
        bytesOfFilesDone += currentSize;
        currentSize = 0;
    }

    private static long size(InboxFile file) {
        try {
            return Files.size(Path.of(file.path()));
        } catch (IOException e) {
            // a file gone or unreadable is rejected when opened; it only weighs nothing in the progress
            return 0;
        }
    }

    @Override
    public long bytesDone() {
        return bytesOfFilesDone + (table == null ? 0 : Math.min(table.bytesRead(), currentSize));
    }

    @Override
    public long bytesTotal() {
        return bytesTotal;
    }

    /** Before each chunk commits: the files read to their end, in its transaction. */
    @Override
    public void update(ExecutionContext executionContext) {
        ledger.rowsRead(List.copyOf(readToTheirEnd));
        readToTheirEnd.clear();
    }

    @Override
    public void close() {
        ahead = null;
        closeTable();
    }
}
