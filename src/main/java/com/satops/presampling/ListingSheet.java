package com.satops.presampling;

import com.satops.common.report.Column;
import com.satops.common.report.ReportWorkbook;
import com.satops.common.report.SheetWriter;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A listing sheet filled row by row from a database cursor (past Excel's row
 * limit the sheet writer goes on in a continuation sheet); it logs how many rows
 * it took and how fast, like every long step.
 *
 * <p>The rows are written to the sheet on a thread of the sheet's own while the
 * cursor's thread goes on reading, so reading a million rows and writing them take
 * about the longer of the two rather than their sum. Nothing else touches the
 * workbook until the listing is {@linkplain #done() done}.
 */
final class ListingSheet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ListingSheet.class);
    private static final int BATCH = 512;
    private static final int BATCHES_AHEAD = 8;
    private static final Object[][] END = new Object[0][];

    private final String name;
    private final long started = System.nanoTime();
    private final SheetWriter sheet;
    private final BlockingQueue<Object[][]> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread writer;
    private volatile RuntimeException failure;
    private Object[][] batch = new Object[BATCH][];
    private int filled;
    private long rows;
    private boolean ended;

    ListingSheet(ReportWorkbook book, String name, Column... columns) {
        this.name = name;
        this.sheet = book.listSheet(name, columns);
        this.writer = new Thread(this::writeRows, "listing-writer");
        writer.setDaemon(true);
        writer.start();
    }

    void row(Object... values) {
        batch[filled++] = values;
        rows++;
        if (filled == BATCH) {
            hand(batch);
            batch = new Object[BATCH][];
            filled = 0;
        }
    }

    /** Waits for the last rows to be written; a failure to write them is thrown here. */
    void done() {
        if (filled > 0) {
            hand(Arrays.copyOf(batch, filled));
            filled = 0;
        }
        end();
        if (failure != null) {
            throw failure;
        }
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
        log.info("sheet {}: {} rows, {} rows/s", name, rows, Math.round(rows / seconds));
    }

    /** Stops the writing thread if the listing ended without {@link #done()} (the cursor failed). */
    @Override
    public void close() {
        if (!ended) {
            queue.clear();
            end();
        }
    }

    private void end() {
        hand(END);
        ended = true;
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for sheet " + name, e);
        }
    }

    private void hand(Object[][] rowsToWrite) {
        if (failure != null && rowsToWrite != END) {
            throw failure;
        }
        try {
            while (!queue.offer(rowsToWrite, 100, TimeUnit.MILLISECONDS)) {
                if (failure != null && rowsToWrite != END) {
                    throw failure;
                }
                if (!writer.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted writing sheet " + name, e);
        }
    }

    private void writeRows() {
        try {
            for (Object[][] next = queue.take(); next != END; next = queue.take()) {
                if (failure == null) {
                    for (Object[] values : next) {
                        sheet.row(values);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            drainAfterFailure();
        }
    }

    /** Keeps taking batches after a failure so the cursor's thread is never blocked, until the end. */
    private void drainAfterFailure() {
        try {
            while (queue.take() != END) {
                // the failure is thrown to the cursor's thread; these rows are not written
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
