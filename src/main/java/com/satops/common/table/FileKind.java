package com.satops.common.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a dropped file really is from its first bytes, whatever its name
 * says, so a file that cannot be read is refused saying what it is rather than
 * with a missing column or a parser's complaint.
 */
final class FileKind {

    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    /** Enough of the start of a text file to tell UTF-16 from the NUL bytes it is full of. */
    private static final int SNIFF = 512;

    enum Format { XLSX, CSV }

    private FileKind() {
    }

    /**
     * The format to read the file as.
     *
     * @throws UnreadableFileException for an empty file, an old or encrypted workbook, UTF-16 text, another type
     */
    static Format of(Path file) throws IOException {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF);
        }
        if (head.length == 0) {
            throw new UnreadableFileException("inbox.file.empty");
        }
        if (startsWith(head, OLE2)) {
            // Excel keeps a password-protected .xlsx inside an OLE2 container, as it keeps every .xls
            throw new UnreadableFileException(isEncryptedPackage(file) ? "inbox.file.encrypted" : "inbox.file.oldXls");
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFileException("inbox.file.oldXls");
        }
        if (name.endsWith(".xlsx")) {
            if (!startsWith(head, ZIP)) {
                throw new UnreadableFileException("inbox.file.notXlsx");
            }
            return Format.XLSX;
        }
        if (name.endsWith(".csv")) {
            if (isUtf16(head)) {
                throw new UnreadableFileException("inbox.file.utf16");
            }
            return Format.CSV;
        }
        throw new UnreadableFileException("inbox.file.unsupportedType");
    }

    private static boolean isEncryptedPackage(Path file) {
        try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
            return container.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            // a damaged container: no more can be said than that it is an old-format workbook
            return false;
        }
    }

    /** A UTF-16 byte order mark, or text whose every other byte is NUL as UTF-16 ASCII is. */
    static boolean isUtf16(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF))) {
            return true;
        }
        int nulAtEven = 0;
        int nulAtOdd = 0;
        for (int i = 0; i < head.length; i++) {
            if (head[i] == 0) {
                if (i % 2 == 0) {
                    nulAtEven++;
                } else {
                    nulAtOdd++;
                }
            }
        }
        int pairs = head.length / 2;
        return pairs > 0 && Math.max(nulAtEven, nulAtOdd) * 10 >= pairs * 3;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
