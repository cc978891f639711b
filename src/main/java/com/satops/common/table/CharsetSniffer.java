package com.satops.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells how a CSV file is encoded. Chinese Excel saves CSV in GB18030 (GBK) by
 * default, other tools in UTF-8 with or without a BOM; a file is UTF-8 only
 * when all of it decodes as UTF-8, because GBK text decodes as UTF-8 now and
 * then for a few bytes and the Chinese may sit far down the file. Where UTF-8
 * first fails is kept, to tell a user whose UTF-8 file is broken where.
 */
final class CharsetSniffer {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int BUFFER_SIZE = 64 * 1024;

    /**
     * The encoding of a file and whether it starts with a UTF-8 byte order mark.
     *
     * @param invalidLine the 1-based line of the first byte that is not UTF-8, 0 for a UTF-8 file
     * @param invalidByte the 1-based offset of that byte in the file, 0 for a UTF-8 file
     */
    record Detected(Charset charset, boolean utf8Bom, long invalidLine, long invalidByte) {

        /** How many bytes to skip before the text starts. */
        int bytesToSkip() {
            return utf8Bom ? 3 : 0;
        }

        boolean fellBackFromUtf8() {
            return invalidByte > 0;
        }
    }

    private CharsetSniffer() {
    }

    static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return detect(in);
        }
    }

    /** Validates the whole stream once, in fixed buffers, stopping at the first byte that is not UTF-8. */
    static Detected detect(InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_SIZE];
        long offset = 0;
        long line = 1;
        int pending = 0;      // continuation bytes the current character still needs
        int min = 0;          // the smallest code point its length may encode (no overlong forms)
        int codePoint = 0;
        long charStart = 0;
        long charLine = 1;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            for (int i = 0; i < read; i++, offset++) {
                int b = buffer[i] & 0xFF;
                if (offset == 0 && b == 0xEF && read >= 3 && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                    // a BOM says UTF-8 outright; a stray bad byte then becomes a replacement character in one cell
                    return new Detected(StandardCharsets.UTF_8, true, 0, 0);
                }
                if (pending > 0) {
                    if ((b & 0xC0) != 0x80) {
                        return fallback(charLine, charStart);
                    }
                    codePoint = (codePoint << 6) | (b & 0x3F);
                    if (--pending == 0 && (codePoint < min || codePoint > 0x10FFFF
                            || (codePoint >= 0xD800 && codePoint <= 0xDFFF))) {
                        return fallback(charLine, charStart);
                    }
                    continue;
                }
                charStart = offset;
                charLine = line;
                if (b < 0x80) {
                    if (b == '\n') {
                        line++;
                    }
                } else if ((b & 0xE0) == 0xC0) {
                    pending = 1;
                    min = 0x80;
                    codePoint = b & 0x1F;
                } else if ((b & 0xF0) == 0xE0) {
                    pending = 2;
                    min = 0x800;
                    codePoint = b & 0x0F;
                } else if ((b & 0xF8) == 0xF0) {
                    pending = 3;
                    min = 0x10000;
                    codePoint = b & 0x07;
                } else {
                    return fallback(line, offset);
                }
            }
        }
        if (pending > 0) {
            return fallback(charLine, charStart);
        }
        return new Detected(StandardCharsets.UTF_8, false, 0, 0);
    }

    private static Detected fallback(long line, long offset) {
        return new Detected(GB18030, false, line, offset + 1);
    }
}
