package com.satops.presampling;

import java.util.ArrayList;
import java.util.List;

/** The projects a run decides: those it names, each listed by an ERP roster, else every project a roster listed. */
final class FrameScope {

    private FrameScope() {
    }

    /** A mistyped --project would otherwise give the agency an empty frame without a word. */
    static List<String> resolve(SampleFrameMapper frames, FrameQuery query) {
        List<String> known = frames.knownProjects(query);
        List<String> unknown = new ArrayList<>(query.projects());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown project " + String.join(", ", unknown)
                    + ": no ERP roster lists it");
        }
        return known;
    }
}
