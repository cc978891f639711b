package com.satops.followup;

import java.util.LinkedHashMap;
import java.util.Map;

/** The nine figures of FORMATS §3 service-followup for one project, or summed for the company. */
public record ProjectFigures(String projectCode, String projectName, long created, long respondedIn15,
                             long dispatchedIn30, long feedbackIn60, long returnVisitDue, long returnVisitIn24h,
                             long dissatisfied, long followedUpIn24h, long overdue) {

    public static ProjectFigures none() {
        return new ProjectFigures(null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public ProjectFigures plus(ProjectFigures o) {
        return new ProjectFigures(projectCode, projectName, created + o.created, respondedIn15 + o.respondedIn15,
                dispatchedIn30 + o.dispatchedIn30, feedbackIn60 + o.feedbackIn60, returnVisitDue + o.returnVisitDue,
                returnVisitIn24h + o.returnVisitIn24h, dissatisfied + o.dissatisfied,
                followedUpIn24h + o.followedUpIn24h, overdue + o.overdue);
    }

    /** Whether an order of the project counts in any figure (the others count subsets of these). */
    public boolean anyCounted() {
        return created + returnVisitDue + dissatisfied + overdue > 0;
    }

    /** The figures by their contract names, in the contract's order. */
    public Map<String, Long> asRunFigures() {
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("created", created);
        figures.put("respondedIn15", respondedIn15);
        figures.put("dispatchedIn30", dispatchedIn30);
        figures.put("feedbackIn60", feedbackIn60);
        figures.put("returnVisitDue", returnVisitDue);
        figures.put("returnVisitIn24h", returnVisitIn24h);
        figures.put("dissatisfied", dissatisfied);
        figures.put("followedUpIn24h", followedUpIn24h);
        figures.put("overdue", overdue);
        return figures;
    }
}
