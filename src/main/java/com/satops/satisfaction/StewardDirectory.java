package com.satops.satisfaction;

import com.satops.common.report.ReportText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who looks after a zone: its active stewards, by 工号; several are named together. */
final class StewardDirectory {

    private record Zone(String project, String zone) {
    }

    private final Map<Zone, List<String>> names = new HashMap<>();

    StewardDirectory(List<ActiveSteward> stewards) {
        for (ActiveSteward steward : stewards) {
            names.computeIfAbsent(new Zone(steward.projectCode(), steward.zone()), z -> new ArrayList<>())
                    .add(steward.staffName());
        }
    }

    /** The names of the zone's active stewards, or null when it has none. */
    String of(String project, String zone, ReportText text) {
        List<String> found = names.get(new Zone(project, zone));
        return found == null ? null : String.join(text.get("listSeparator"), found);
    }
}
