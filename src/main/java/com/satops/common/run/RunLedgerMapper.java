package com.satops.common.run;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The run summaries and the counts a summary is made of. */
@Mapper
public interface RunLedgerMapper {

    long countDataIssues(@Param("runKey") String runKey);

    long countMails(@Param("runKey") String runKey);

    long countMailsWaiting();

    /** Sends of this run's mails repeated after an uncertain one (the process died before recording it). */
    long countMailsRetried(@Param("runKey") String runKey);

    void saveSummary(@Param("executionId") long executionId, @Param("job") String job,
                     @Param("runKey") String runKey, @Param("status") String status,
                     @Param("json") String json);

    List<String> recentSummaries(@Param("limit") int limit);
}
