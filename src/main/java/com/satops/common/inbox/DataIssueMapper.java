package com.satops.common.inbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DataIssueMapper {

    /** Also the statement the batch writer uses for row issues. */
    void insert(DataIssue issue);

    int countSkippedRows(@Param("fileId") long fileId);
}
