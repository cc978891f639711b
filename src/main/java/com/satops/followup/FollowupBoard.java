package com.satops.followup;

import java.util.List;

/** The figures of the checked day for each project in scope and summed for all of them. */
public record FollowupBoard(FollowupDay day, List<ProjectFigures> projects, ProjectFigures total) {

    public static FollowupBoard of(FollowupDay day, List<ProjectFigures> projects) {
        ProjectFigures total = ProjectFigures.none();
        for (ProjectFigures project : projects) {
            total = total.plus(project);
        }
        return new FollowupBoard(day, List.copyOf(projects), total);
    }

    public ProjectFigures project(String code) {
        return projects.stream().filter(p -> p.projectCode().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("project not in scope: " + code));
    }

    public List<String> projectCodes() {
        return projects.stream().map(ProjectFigures::projectCode).toList();
    }
}
