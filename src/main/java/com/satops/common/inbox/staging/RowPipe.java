package com.satops.common.inbox.staging;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Rows going from the thread that reads and checks them to the statement that
 * loads them, through a few blocks of bytes: the writer waits when the loader
 * is behind, so memory stays bounded whatever the file's size. Either side may
 * give up; the other then fails instead of waiting for ever.
 */
final class RowPipe {

    private static final int BLOCK_BYTES = 64 * 1024;
    private static final int BLOCKS = 32;
    private static final byte[] END = new byte[0];
    private static final long POLL_MILLIS = 200;

    private final BlockingQueue<byte[]> blocks = new ArrayBlockingQueue<>(BLOCKS);
    private final StringBuilder row = new StringBuilder(512);
    private byte[] block = new byte[BLOCK_BYTES];
    private int filled;
    private volatile Throwable readerFailure;
    private volatile boolean abandoned;

    /** The builder the next row is written into; {@link #endRow()} sends it. */
    StringBuilder row() {
        row.setLength(0);
        return row;
    }

    void endRow() throws InterruptedException {
        byte[] bytes = row.toString().getBytes(StandardCharsets.UTF_8);
        int from = 0;
        while (from < bytes.length) {
            int n = Math.min(bytes.length - from, block.length - filled);
            System.arraycopy(bytes, from, block, filled, n);
            filled += n;
            from += n;
            if (filled == block.length) {
                flush();
            }
        }
    }

    /** Hands what is written so far to the loader. */
    void flush() throws InterruptedException {
        if (filled > 0) {
            byte[] full = filled == block.length ? block : java.util.Arrays.copyOf(block, filled);
            put(full);
            block = new byte[BLOCK_BYTES];
            filled = 0;
        }
    }

    /** No more rows: the loader reads to the end. */
    void close() throws InterruptedException {
        flush();
        put(END);
    }

    /** The writing side gives up: the loader's next read fails, so nothing half-sent is kept. */
    void abandon() {
        abandoned = true;
        blocks.clear();
        blocks.offer(END);
    }

    /** The loading side stopped reading (its statement failed): the writer's next row fails. */
    void readerFailed(Throwable failure) {
        readerFailure = failure;
        blocks.clear();
    }

    private void put(byte[] bytes) throws InterruptedException {
        while (!blocks.offer(bytes, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            failIfReaderFailed();
        }
        failIfReaderFailed();
    }

    private void failIfReaderFailed() {
        Throwable failure = readerFailure;
        if (failure != null) {
            throw new IllegalStateException("the staging load stopped: " + failure.getMessage(), failure);
        }
    }

    /** What the loading statement reads. */
    InputStream input() {
        return new InputStream() {
            private byte[] current = new byte[0];
            private int position;

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                while (position == current.length) {
                    if (current == END) {
                        return -1;
                    }
                    try {
                        current = blocks.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("staging load interrupted");
                    }
                    position = 0;
                    if (abandoned) {
                        throw new IOException("the rows being staged were abandoned");
                    }
                }
                int n = Math.min(length, current.length - position);
                System.arraycopy(current, position, target, offset, n);
                position += n;
                return n;
            }

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }
        };
    }
}
