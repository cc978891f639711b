package com.satops.common.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * A streaming sheet's rows, held in memory until the workbook's {@link MemoryFirstBytes.Budget} is spent
 * and only then written on to a temporary file. Most sheets are small (a person's own list, a cover, a header-only
 * data-issue sheet); a temporary file for each costs more than writing its rows. A long sheet, or the
 * many sheets of a large project workbook, still go to disk, so the heap holds at most the budget.
 */
final class MemoryFirstSheetData extends SheetDataWriter {

    private final MemoryFirstBytes rows;

    private MemoryFirstSheetData(MemoryFirstBytes rows) throws IOException {
        super(new Utf8Writer(rows));
        this.rows = rows;
    }

    static MemoryFirstSheetData within(MemoryFirstBytes.Budget budget) throws IOException {
        return new MemoryFirstSheetData(new MemoryFirstBytes(budget));
    }

    @Override
    public InputStream getWorksheetXMLInputStream() throws IOException {
        return rows.read();
    }

    /** Frees the memory and deletes the file, if the rows went to one; the workbook calls it when disposed. */
    void release() {
        rows.release();
    }

    /**
     * UTF-8 without a lock: SXSSF writes a cell's text a character at a time, and a
     * {@link java.io.BufferedWriter} takes its lock for each. One sheet is written by one thread.
     */
    private static final class Utf8Writer extends Writer {

        private final OutputStream out;
        private final char[] chars = new char[8192];
        private final byte[] bytes = new byte[chars.length * 3 + 4];
        private int count;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (count == chars.length) {
                drain();
            }
            chars[count++] = (char) c;
        }

        @Override
        public void write(char[] text, int offset, int length) throws IOException {
            for (int i = 0; i < length; ) {
                if (count == chars.length) {
                    drain();
                }
                int n = Math.min(length - i, chars.length - count);
                System.arraycopy(text, offset + i, chars, count, n);
                count += n;
                i += n;
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = 0; i < length; ) {
                if (count == chars.length) {
                    drain();
                }
                int n = Math.min(length - i, chars.length - count);
                text.getChars(offset + i, offset + i + n, chars, count);
                count += n;
                i += n;
            }
        }

        /** Encodes what is held; a high surrogate at the end waits for its pair. */
        private void drain() throws IOException {
            int end = count;
            if (end > 0 && Character.isHighSurrogate(chars[end - 1])) {
                end--;
            }
            int b = 0;
            for (int i = 0; i < end; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    bytes[b++] = (byte) c;
                } else if (c < 0x800) {
                    bytes[b++] = (byte) (0xC0 | c >> 6);
                    bytes[b++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && Character.isLowSurrogate(chars[i + 1])) {
                    int point = Character.toCodePoint(c, chars[++i]);
                    bytes[b++] = (byte) (0xF0 | point >> 18);
                    bytes[b++] = (byte) (0x80 | point >> 12 & 0x3F);
                    bytes[b++] = (byte) (0x80 | point >> 6 & 0x3F);
                    bytes[b++] = (byte) (0x80 | point & 0x3F);
                } else if (Character.isSurrogate(c)) {
                    // unpaired, as java's own UTF-8 encoder writes it
                    bytes[b++] = '?';
                } else {
                    bytes[b++] = (byte) (0xE0 | c >> 12);
                    bytes[b++] = (byte) (0x80 | c >> 6 & 0x3F);
                    bytes[b++] = (byte) (0x80 | c & 0x3F);
                }
            }
            out.write(bytes, 0, b);
            int left = count - end;
            if (left > 0) {
                chars[0] = chars[end];
            }
            count = left;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (count > 0) {
                // a lone high surrogate at the very end
                drain();
                if (count > 0) {
                    out.write('?');
                    count = 0;
                }
            }
            out.close();
        }
    }
}
