package com.satops.demo;

import java.io.IOException;

/** A writer fed by the {@link RosterWalk}: told when a project starts and ends, and each household in between. */
interface HouseholdVisitor {

    default void projectStarted(ProjectLayout project) throws IOException {
    }

    void household(Household household) throws IOException;

    default void projectFinished(ProjectLayout project) throws IOException {
    }
}
