package com.satops.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells how a CSV file is encoded. Chinese Excel saves CSV in GB18030 (GBK) by
 * default, other tools in UTF-8 with or without a BOM; a file is UTF-8 only
 * when all of it decodes as UTF-8, because GBK text decodes as UTF-8 now and
 * then for a few bytes and the Chinese may sit far down the file.
 */
final class CharsetSniffer {

    static final Charset GB18030 = Charset.forName("GB18030");

    private static final int BUFFER_SIZE = 64 * 1024;

    /** The encoding of a file and whether it starts with a UTF-8 byte order mark. */
    record Detected(Charset charset, boolean utf8Bom) {

        /** How many bytes to skip before the text starts. */
        int bytesToSkip() {
            return utf8Bom ? 3 : 0;
        }
    }

    private CharsetSniffer() {
    }

    static Detected detect(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                return new Detected(StandardCharsets.UTF_8, true);
            }
            return new Detected(isUtf8(head, in) ? StandardCharsets.UTF_8 : GB18030, false);
        }
    }

    /** Decodes the whole stream once, in fixed buffers, stopping at the first malformed byte. */
    private static boolean isUtf8(byte[] head, InputStream rest) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER_SIZE);
        CharBuffer chars = CharBuffer.allocate(BUFFER_SIZE);
        bytes.put(head);
        boolean endOfInput = false;
        while (!endOfInput) {
            int read = rest.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
            if (!decodes(decoder, bytes, chars, endOfInput)) {
                return false;
            }
            // keeps the bytes of a character split across two reads
            bytes.compact();
        }
        chars.clear();
        return !decoder.flush(chars).isError();
    }

    private static boolean decodes(CharsetDecoder decoder, ByteBuffer bytes, CharBuffer chars, boolean endOfInput) {
        while (true) {
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
        }
    }
}
