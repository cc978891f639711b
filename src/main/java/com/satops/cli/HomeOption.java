package com.satops.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --home DIR}: default $SATOPS_HOME, else the current directory (FORMATS §4). */
class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "satops home with inbox/, reports/, outbox/, data/ (default: $SATOPS_HOME, else .)")
    Path home;

    Path resolve() {
        if (home != null) {
            return home;
        }
        String env = System.getenv("SATOPS_HOME");
        return Path.of(env == null || env.isBlank() ? "." : env);
    }
}
