package com.satops.service;

import com.satops.common.inbox.InboxFolders;
import com.satops.common.inbox.InboxKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** What the inbox holds: files waiting per kind, files refused with their reason, files processed per day. */
@Service
public class InboxService {

    private static final String ERROR_NOTE = ".error.txt";

    private final InboxFolders folders;

    public InboxService(InboxFolders folders) {
        this.folders = folders;
    }

    /** A refused file and what its error note says. */
    public record RefusedFile(String fileName, String error) {
    }

    /** Waiting file names per kind, in the order they are applied. */
    public Map<String, List<String>> waiting() {
        Map<String, List<String>> waiting = new LinkedHashMap<>();
        for (InboxKind kind : InboxKind.values()) {
            waiting.put(kind.folder(), folders.waitingFiles(kind).stream()
                    .map(p -> p.getFileName().toString()).toList());
        }
        return waiting;
    }

    public long waitingCount() {
        return waiting().values().stream().mapToLong(List::size).sum();
    }

    public List<RefusedFile> refused() {
        return list(folders.rejected()).stream()
                .filter(p -> Files.isRegularFile(p) && !p.getFileName().toString().endsWith(ERROR_NOTE))
                .map(p -> new RefusedFile(p.getFileName().toString(), note(p)))
                .toList();
    }

    /** How many files were processed on each day, newest day first. */
    public Map<String, Integer> processedByDay() {
        Map<String, Integer> days = new TreeMap<>(java.util.Comparator.reverseOrder());
        for (Path day : list(folders.home().resolve("inbox").resolve("processed"))) {
            if (Files.isDirectory(day)) {
                days.put(day.getFileName().toString(), list(day).size());
            }
        }
        return days;
    }

    private static String note(Path file) {
        Path note = file.resolveSibling(file.getFileName() + ERROR_NOTE);
        try {
            return Files.isRegularFile(note) ? Files.readString(note, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + note, e);
        }
    }

    private static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
