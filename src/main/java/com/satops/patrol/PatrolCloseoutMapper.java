package com.satops.patrol;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** The close-out figures (one grouped statement per week, kept for the run's later steps) and the streamed issue listings. */
@Mapper
public interface PatrolCloseoutMapper {

    /** The six figures of the week per project in scope, every such project listed, by project code. */
    List<ProjectFigures> weekFigures(IssueQuery query);

    /** Instances other than {@code jobInstanceId} that are finished and still keep figures. */
    List<Long> finishedInstancesWithWeekFigures(@Param("jobInstanceId") long jobInstanceId);

    /** Drops the figures these job instances' figures steps kept; {@code instances} is not empty. */
    void forgetWeekFigures(@Param("instances") List<Long> instances);

    /** Keeps one trend week's figures (0: the oldest) for the run's later steps; {@code figures} is not empty. */
    void keepWeekFigures(@Param("jobInstanceId") long jobInstanceId, @Param("trendWeek") int trendWeek,
                         @Param("figures") List<ProjectFigures> figures);

    /** The kept figures of the projects given (empty: all kept), by trend week, then as {@link #weekFigures}. */
    List<KeptWeekFigures> keptWeekFigures(@Param("jobInstanceId") long jobInstanceId,
                                          @Param("projects") List<String> projects);

    /** The same figures per project and 问题分类, for the issues any of them counts. */
    List<CategoryFigures> categoryFigures(IssueQuery query);

    /** Weekly-patrol issues found in the week. */
    void foundIssues(IssueQuery query, ResultHandler<PatrolIssueRow> handler);

    /** Weekly-patrol issues found in the week and closed as of the as-of date. */
    void closedIssues(IssueQuery query, ResultHandler<PatrolIssueRow> handler);

    /** Weekly-patrol issues found in the week or before, not closed as of the as-of date, past their deadline; oldest first. */
    void overdueIssues(IssueQuery query, ResultHandler<PatrolIssueRow> handler);

    /** Daily-patrol issues found in the week whose re-check is not on time (late, missing or still pending). */
    void recheckMisses(IssueQuery query, ResultHandler<PatrolIssueRow> handler);


    List<ManagerAddress> projectManagers(@Param("projectCode") String projectCode);
}
