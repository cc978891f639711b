package com.satops.common.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file beside its target as {@code <name>.part} and moves it into place
 * when complete, so a reader (a mail, an agency, the inbox scan, which skips
 * {@code .part}) never sees half a file and a cut-off run leaves none under the name.
 */
public final class AtomicWrite {

    private static final int BUFFER_BYTES = 64 * 1024;

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    public static Path to(Path target, Content content) {
        try {
            Files.move(partial(target, content), target, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /**
     * Writes the content to {@code <target>.part} (creating the folder) and returns that file, for a
     * caller that moves it into place by a rule of its own.
     */
    public static Path partial(Path target, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        // buffered: a mail's quoted-printable body reaches the stream a few bytes at a time, each a system call
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), BUFFER_BYTES)) {
            content.writeTo(out);
        }
        return partial;
    }
}
