package com.satops.presampling;

import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a listing ordered by project one project at a time. The listings sort by
 * room within each project; asked for every project at once, MariaDB sorts a
 * million rows through a temporary table on disk before it sends the first, and
 * again for each listing. One project's thousand rows sort in memory and the
 * first row comes at once, so the database and the workbook work side by side.
 */
final class ProjectByProject {

    private ProjectByProject() {
    }

    /** Runs {@code listing} with the query narrowed to each of the run's projects, in project order. */
    static void read(SampleFrameMapper frames, FrameQuery query, Consumer<FrameQuery> listing) {
        List<String> projects = frames.knownProjects(query);
        for (String project : projects) {
            listing.accept(query.forProjects(List.of(project)));
        }
    }
}
