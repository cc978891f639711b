package com.satops.presampling;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Decides a month's sample frame set-based and counts what the summary shows. */
@Mapper
public interface SampleFrameMapper {

    /** The projects of the scope that an ERP roster has listed. */
    List<String> knownProjects(FrameQuery query);

    void deleteFrame(FrameQuery query);

    int insertFrame(FrameQuery query);

    void attachStatusEvidence(FrameQuery query);

    List<ProjectSummary> projectSummaries(FrameQuery query);

    List<String> projectsWithPreviousFrame(FrameQuery query);

    /** Only for a query whose {@code comparedProjects} is not empty. */
    List<DiffCount> diffCounts(FrameQuery query);

    long countDataIssues(FrameQuery query);
}
