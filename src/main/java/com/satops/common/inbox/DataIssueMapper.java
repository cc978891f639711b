package com.satops.common.inbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

@Mapper
public interface DataIssueMapper {

    /** A recorded issue as {@code .errors.csv} lists it. */
    record FileIssue(String fileName, String sheet, Integer rowNo, String columnName, String cellValue,
                     String reason, String reasonKey, String reasonArg0, String reasonArg1, String reasonArg2,
                     boolean rowSkipped) {

        IssueReason issueReason() {
            return reasonKey == null ? null : new IssueReason(reasonKey, reasonArg0, reasonArg1, reasonArg2);
        }
    }

    /** Also the statement the batch writer uses for row issues. */
    void insert(DataIssue issue);

    void issuesOfFile(@Param("fileId") long fileId, ResultHandler<FileIssue> handler);
}
