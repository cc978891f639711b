package com.satops.common.run;

import java.util.List;

/**
 * A run as a user asked for it, before validation: the CLI's options and the
 * admin API's query parameters, as the text they were given in ({@code null}
 * where left out). {@link JobCatalog#parameters(RunRequest, java.time.LocalDate)}
 * turns it into {@link RunParameters} with one set of rules and messages for both.
 */
public record RunRequest(String month, String week, String date, String asOf, List<String> projects,
                         String locale) {

    public RunRequest {
        projects = projects == null ? List.of() : List.copyOf(projects);
    }

    public static RunRequest defaults() {
        return new RunRequest(null, null, null, null, List.of(), null);
    }
}
