package com.satops.common.report;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;
import org.apache.poi.util.TempFile;

/**
 * Bytes held in memory until a workbook's {@link Budget} is spent and only then written on to a temporary
 * file: a sheet's rows, which most often are few.
 */
final class MemoryFirstBytes extends OutputStream {

    /** How many bytes of rows one workbook keeps in memory over all its sheets. */
    static final class Budget {

        /**
         * Rows a workbook holds in memory before its sheets go on in temporary files: a person's whole list
         * and more, while a workbook of thousands of lists stays within a few megabytes.
         */
        private static final long WORKBOOK_BYTES = 4L * 1024 * 1024;

        private long left;

        Budget(long bytes) {
            this.left = bytes;
        }

        /** The budget of one report workbook. */
        static Budget ofWorkbook() {
            return new Budget(WORKBOOK_BYTES);
        }

        boolean take(long bytes) {
            if (bytes > left) {
                return false;
            }
            left -= bytes;
            return true;
        }

        void giveBack(long bytes) {
            left += bytes;
        }
    }

    private static final int FIRST_BYTES = 4096;

    private final Budget budget;
    private byte[] held = new byte[0];
    private int count;
    private File file;
    private OutputStream onFile;

    MemoryFirstBytes(Budget budget) {
        this.budget = budget;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (onFile == null && !room(length)) {
            spill();
        }
        if (onFile != null) {
            onFile.write(bytes, offset, length);
            return;
        }
        System.arraycopy(bytes, offset, held, count, length);
        count += length;
    }

    /** Grows the array within the budget; false once the budget would be exceeded. */
    private boolean room(int length) {
        int needed = count + length;
        if (needed <= held.length) {
            return true;
        }
        int grown = Math.max(needed, Math.max(FIRST_BYTES, held.length * 2));
        if (!budget.take(grown - held.length)) {
            return false;
        }
        held = Arrays.copyOf(held, grown);
        return true;
    }

    private void spill() throws IOException {
        file = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
        onFile = new BufferedOutputStream(Files.newOutputStream(file.toPath()), 64 * 1024);
        onFile.write(held, 0, count);
        budget.giveBack(held.length);
        held = new byte[0];
        count = 0;
    }

    @Override
    public void flush() throws IOException {
        if (onFile != null) {
            onFile.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (onFile != null) {
            onFile.close();
        }
    }

    InputStream read() throws IOException {
        return file == null ? new ByteArrayInputStream(held, 0, count) : Files.newInputStream(file.toPath());
    }

    void release() {
        budget.giveBack(held.length);
        held = new byte[0];
        count = 0;
        if (file != null) {
            try {
                if (onFile != null) {
                    onFile.close();
                }
                Files.deleteIfExists(file.toPath());
            } catch (IOException e) {
                // a temporary file left behind is the same as SXSSF leaves when its delete fails
                file.deleteOnExit();
            }
            file = null;
        }
    }
}
