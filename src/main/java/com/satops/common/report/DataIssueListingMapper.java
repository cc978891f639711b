package com.satops.common.report;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** The data issues a run's import recorded, for its workbook's data-issue sheet. */
@Mapper
public interface DataIssueListingMapper {

    /** Every issue of the run, in the order recorded, handed over row by row: a company-wide workbook's list. */
    void issuesOfRun(@Param("runKey") String runKey, ResultHandler<DataIssueRow> handler);

    /**
     * A per-project workbook's list: the run's issues of the project and those naming no known project,
     * in the order recorded.
     */
    void issuesOfProject(@Param("runKey") String runKey, @Param("projectCode") String projectCode,
                         ResultHandler<DataIssueRow> handler);
}
