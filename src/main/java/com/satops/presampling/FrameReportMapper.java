package com.satops.presampling;

import com.satops.common.report.DataIssueRow;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.session.ResultHandler;

/** The listings the workbook and the agency CSV stream, each in a stable order. */
@Mapper
public interface FrameReportMapper {

    void eligible(FrameQuery query, ResultHandler<EligibleRow> rows);

    void excluded(FrameQuery query, ResultHandler<FrameRow> rows);

    /** Only for a query whose {@code comparedProjects} is not empty. */
    void diff(FrameQuery query, ResultHandler<FrameRow> rows);

    void changes(FrameQuery query, ResultHandler<ChangeRow> rows);

    void missingFromRoster(FrameQuery query, ResultHandler<MissingRow> rows);

    void unknownCrmHouseholds(FrameQuery query, ResultHandler<DataIssueRow> rows);

    void repeatedClassChanges(FrameQuery query, ResultHandler<ClassChangeRow> rows);

    void dataIssues(FrameQuery query, ResultHandler<DataIssueRow> rows);
}
