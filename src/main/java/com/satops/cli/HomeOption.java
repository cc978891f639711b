package com.satops.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --home DIR}: default $SATOPS_HOME, else the current directory (FORMATS §4). */
class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "satops home with inbox/, reports/, outbox/, data/ (default: $SATOPS_HOME, else .)")
    Path home;

    /** The home, which must exist: a mistyped one would otherwise give an empty, successful run. */
    Path resolve() {
        Path chosen = chosen();
        if (!Files.exists(chosen)) {
            throw new UsageException(CliMessages.get("cli.home.missing", chosen));
        }
        if (!Files.isDirectory(chosen)) {
            throw new UsageException(CliMessages.get("cli.home.notFolder", chosen));
        }
        return chosen;
    }

    /** The home for a command that creates it (demo). */
    Path resolveToCreate() {
        return chosen();
    }

    private Path chosen() {
        if (home != null) {
            return home;
        }
        String env = System.getenv("SATOPS_HOME");
        return Path.of(env == null || env.isBlank() ? "." : env);
    }
}
