package com.satops.common.report;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** The data issues a run's import recorded, for its workbook's data-issue sheet. */
@Mapper
public interface DataIssueListingMapper {

    /** Every issue of the run, in the order recorded, handed over row by row. */
    void issuesOfRun(@Param("runKey") String runKey, ResultHandler<DataIssueRow> handler);
}
