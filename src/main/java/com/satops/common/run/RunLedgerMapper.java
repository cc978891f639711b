package com.satops.common.run;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The run summaries and the counts a summary is made of. */
@Mapper
public interface RunLedgerMapper {

    /** The run's data issues; of a completed run, those of the files refused by a failed attempt are left out. */
    long countDataIssues(@Param("runKey") String runKey, @Param("completed") boolean completed);

    /** Mails this execution queued (not those earlier runs of the same parameters queued). */
    long countMails(@Param("executionId") long executionId, @Param("runKey") String runKey);

    /** Mails this execution held because its period had not ended. */
    long countMailsHeld(@Param("executionId") long executionId);

    long countMailsWaiting();

    /** Sends of this run's mails repeated after an uncertain one (the process died before recording it). */
    long countMailsRetried(@Param("runKey") String runKey);

    void saveSummary(@Param("executionId") long executionId, @Param("job") String job,
                     @Param("runKey") String runKey, @Param("status") String status,
                     @Param("json") String json);

    List<String> recentSummaries(@Param("limit") int limit);
}
