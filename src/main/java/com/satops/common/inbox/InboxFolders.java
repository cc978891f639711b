package com.satops.common.inbox;

import com.satops.common.config.SatopsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The inbox tree under the satops home: where files wait, and where they go once handled. */
@Component
public class InboxFolders {

    private final Path home;

    public InboxFolders(SatopsProperties properties) {
        this.home = properties.home().toAbsolutePath().normalize();
    }

    public Path home() {
        return home;
    }

    public Path waiting(InboxKind kind) {
        return home.resolve("inbox").resolve(kind.folder());
    }

    public Path processed(LocalDate day) {
        return home.resolve("inbox").resolve("processed").resolve(day.toString());
    }

    public Path rejected() {
        return home.resolve("inbox").resolve("rejected");
    }

    /** Creates the folders a newcomer expects to drop files into. */
    public void create() {
        try {
            for (InboxKind kind : InboxKind.values()) {
                Files.createDirectories(waiting(kind));
            }
            Files.createDirectories(rejected());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the inbox under " + home, e);
        }
    }

    /** Waiting files of a kind in name order; hidden and partial uploads are left alone. */
    public List<Path> waitingFiles(InboxKind kind) {
        Path folder = waiting(kind);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("~$"))
                    .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".part"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    public Path moveToProcessed(Path file, LocalDate day) {
        return moveInto(file, processed(day));
    }

    public Path moveToRejected(Path file, String error) {
        Path target = moveInto(file, rejected());
        try {
            Files.writeString(target.resolveSibling(target.getFileName() + ".error.txt"), error + System.lineSeparator(),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the error note beside " + target, e);
        }
        return target;
    }

    private static Path moveInto(Path file, Path folder) {
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(file.getFileName());
            if (Files.exists(target)) {
                // Same name dropped again with other content: keep both, the later one numbered.
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String stem = dot > 0 ? name.substring(0, dot) : name;
                String ext = dot > 0 ? name.substring(dot) : "";
                int n = 2;
                while (Files.exists(target)) {
                    target = folder.resolve(stem + "." + n++ + ext);
                }
            }
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }
}
