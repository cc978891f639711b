package com.satops.common.inbox;

import com.satops.common.table.MissingColumnsException;
import com.satops.common.table.TableReader;
import com.satops.common.table.TableRow;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the rows of every registered file of one kind, file after file in
 * name order. A file whose header lacks a required column is rejected whole.
 * It keeps no restart state: an interrupted import stages its files anew.
 */
public class InboxRowReader implements ItemStreamReader<SourceRow>, StepExecutionListener {

    private final InboxKind kind;
    private final Clock clock;
    private final ImportedFileMapper files;
    private final FileRejection rejection;
    private ImportRun run;
    private Deque<InboxFile> pending;
    private InboxFile current;
    private TableReader table;

    public InboxRowReader(InboxKind kind, Clock clock, ImportedFileMapper files, FileRejection rejection) {
        this.kind = kind;
        this.clock = clock;
        this.files = files;
        this.rejection = rejection;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = ImportRun.of(stepExecution, clock);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        pending = new ArrayDeque<>(files.stagingFiles(run.executionId(), kind));
    }

    @Override
    public SourceRow read() throws IOException {
        while (true) {
            if (table == null && !openNext()) {
                return null;
            }
            TableRow row;
            try {
                row = table.next();
            } catch (IOException | RuntimeException e) {
                closeTable();
                rejectCurrent(e);
                continue;
            }
            if (row != null) {
                return new SourceRow(current, row);
            }
            closeTable();
        }
    }

    private boolean openNext() {
        while (!pending.isEmpty()) {
            current = pending.poll();
            try {
                table = TableReader.open(Path.of(current.path()), kind.columns());
                return true;
            } catch (IOException | RuntimeException e) {
                rejectCurrent(e);
            }
        }
        return false;
    }

    private void rejectCurrent(Exception failure) {
        if (failure instanceof MissingColumnsException missing) {
            String columns = String.join(", ", missing.missingColumns());
            rejection.reject(run, current, columns, "missing required column " + columns);
        } else {
            rejection.reject(run, current, null,
                    "cannot be read as a " + kind.folder() + " file: " + failure.getMessage());
        }
    }

    private void closeTable() {
        if (table != null) {
            try {
                table.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close " + current.fileName(), e);
            }
            table = null;
        }
    }

    @Override
    public void close() {
        closeTable();
    }
}
