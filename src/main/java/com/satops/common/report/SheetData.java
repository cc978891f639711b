package com.satops.common.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The rows of one streamed sheet, as the XML SXSSF writes for them: kept in memory
 * while the workbook's {@link Budget} allows, else in a temporary file. A small
 * sheet (a person's list, a cover) then costs no file to create, write, read back
 * and delete; a big one still holds only SXSSF's window of rows in the heap.
 */
final class SheetData extends OutputStream {

    /** The bytes of sheet XML one workbook may hold in memory, all its sheets together. */
    static final class Budget {

        private long left;

        Budget(long bytes) {
            this.left = bytes;
        }

        private boolean take(long bytes) {
            if (bytes > left) {
                return false;
            }
            left -= bytes;
            return true;
        }

        private void giveBack(long bytes) {
            left += bytes;
        }
    }

    private static final int FIRST_CAPACITY = 4096;
    private static final int FILE_BUFFER = 64 * 1024;

    private final Budget budget;
    private byte[] bytes = new byte[0];
    private int size;
    private Path file;
    private OutputStream fileOut;

    SheetData(Budget budget) {
        this.budget = budget;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (fileOut == null && !fitInMemory(len)) {
            spill();
        }
        if (fileOut != null) {
            fileOut.write(b, off, len);
            return;
        }
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    /** Grows the array within the budget (doubling, so a sheet is copied a few times at most). */
    private boolean fitInMemory(int len) {
        int needed = size + len;
        if (needed <= bytes.length) {
            return true;
        }
        int capacity = Math.max(FIRST_CAPACITY, Math.max(needed, bytes.length * 2));
        if (!budget.take(capacity - bytes.length)) {
            return false;
        }
        bytes = Arrays.copyOf(bytes, capacity);
        return true;
    }

    private void spill() throws IOException {
        file = Files.createTempFile("satops-sheet", ".xml");
        fileOut = new BufferedOutputStream(Files.newOutputStream(file), FILE_BUFFER);
        fileOut.write(bytes, 0, size);
        release();
    }

    @Override
    public void flush() throws IOException {
        if (fileOut != null) {
            fileOut.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (fileOut != null) {
            fileOut.close();
        }
    }

    /** The XML written, once the writer is closed. */
    InputStream read() throws IOException {
        return file == null ? new ByteArrayInputStream(bytes, 0, size) : Files.newInputStream(file);
    }

    /** Frees the memory and deletes the file, if it came to one. */
    void discard() throws IOException {
        release();
        close();
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    private void release() {
        budget.giveBack(bytes.length);
        bytes = new byte[0];
        size = 0;
    }
}
