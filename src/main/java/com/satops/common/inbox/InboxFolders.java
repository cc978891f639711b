package com.satops.common.inbox;

import com.satops.common.config.SatopsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** The inbox tree under the satops home: where files wait, and where they go once handled. */
@Component
public class InboxFolders {

    /** What {@link BadRowsCsv} adds to the name of the file it lists. */
    static final String BAD_ROWS_SUFFIX = ".errors.csv";

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

    /** An entry of a kind's folder that is not read, and the message key saying why. */
    public record NotRead(Path path, String reasonKey, boolean refused) {
    }

    /** What a kind's folder holds: the files to read, in name order, and every other entry. */
    public record Listing(List<Path> files, List<NotRead> notRead) {
    }

    /**
     * Lists a kind's folder without following links. Sub-folders, hidden files, Excel
     * lock files and partial uploads are left where they are and said to be not read;
     * a link pointing out of the inbox is refused (moved aside, never read).
     */
    public Listing scan(InboxKind kind) {
        Path folder = waiting(kind);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return new Listing(List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        List<NotRead> notRead = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                if (isBadRowsListing(entry)) {
                    continue;
                }
                String why = whyNotRead(entry);
                if (why == null) {
                    files.add(entry);
                } else {
                    notRead.add(new NotRead(entry, why, "inbox.scan.linkOutside".equals(why)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return new Listing(List.copyOf(files), List.copyOf(notRead));
    }

    /**
     * The {@code .errors.csv} an import wrote beside a file refused over the reject rate is
     * no input, and out of date once a new import starts: it is removed, and written
     * again if the file is refused again.
     */
    private static boolean isBadRowsListing(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        if (!name.endsWith(BAD_ROWS_SUFFIX) || !Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Files.delete(entry);
        return true;
    }

    private String whyNotRead(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        if (Files.isSymbolicLink(entry)) {
            Path inbox = home.resolve("inbox").toRealPath();
            Path target;
            try {
                target = entry.toRealPath();
            } catch (IOException e) {
                return "inbox.scan.linkOutside";
            }
            if (!target.startsWith(inbox) || !Files.isRegularFile(target)) {
                return "inbox.scan.linkOutside";
            }
        } else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
            return "inbox.scan.subfolder";
        } else if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
            return "inbox.scan.notRegular";
        }
        if (name.startsWith(".")) {
            return "inbox.scan.hidden";
        }
        if (name.startsWith("~$")) {
            return "inbox.scan.lockFile";
        }
        if (name.toLowerCase(Locale.ROOT).endsWith(".part")) {
            return "inbox.scan.partial";
        }
        return null;
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
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                // Same name dropped again with other content: keep both, the later one numbered.
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String stem = dot > 0 ? name.substring(0, dot) : name;
                String ext = dot > 0 ? name.substring(dot) : "";
                int n = 2;
                while (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    target = folder.resolve(stem + "." + n++ + ext);
                }
            }
            // a link is moved as the link itself, never what it points at
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }
}
