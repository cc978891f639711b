package com.satops.visits;

import com.satops.common.text.NaturalOrder;
import com.satops.common.run.RunParameters;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The projects a run plans for: those named by --project, else all that an ERP file has listed. */
final class ProjectScope {

    private static final Logger log = LoggerFactory.getLogger(ProjectScope.class);

    private ProjectScope() {
    }

    static List<String> resolve(VisitAssignmentMapper mapper, RunParameters run) {
        List<String> known = mapper.projectCodes();
        for (String requested : run.projects()) {
            if (!known.contains(requested)) {
                log.warn("Project {} was asked for but no ERP file has listed it: nothing to plan", requested);
            }
        }
        return known.stream().filter(run::inScope).sorted(NaturalOrder.INSTANCE).toList();
    }
}
