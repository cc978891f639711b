package com.satops.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The satops home the test contexts run in: one temporary folder per JVM,
 * emptied before each test so no test sees another's files.
 */
public final class TestHome {

    public static final Path DIR = create();

    private TestHome() {
    }

    private static Path create() {
        try {
            return Files.createTempDirectory("satops-test-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Empties the home: inbox, reports, outbox and every other folder a test or a
     * run left (schedule overrides, a child process's home); the database is reset separately.
     */
    public static void clear() {
        try (Stream<Path> children = Files.list(DIR)) {
            for (Path child : children.toList()) {
                deleteTree(child);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path inbox(String kind) {
        Path folder = DIR.resolve("inbox").resolve(kind);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops a CSV file into inbox/&lt;kind&gt;/ (UTF-8 unless a charset is given). */
    public static Path dropCsv(String kind, String fileName, String content) {
        return dropCsv(kind, fileName, content, StandardCharsets.UTF_8);
    }

    public static Path dropCsv(String kind, String fileName, String content, Charset charset) {
        Path file = inbox(kind).resolve(fileName);
        try {
            return Files.write(file, content.getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path reports() {
        return DIR.resolve("reports");
    }

    public static Path outbox() {
        return DIR.resolve("outbox");
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
