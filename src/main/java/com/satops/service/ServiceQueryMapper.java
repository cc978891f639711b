package com.satops.service;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What the service and the console read: runs, their data issues, the mail outbox. */
@Mapper
public interface ServiceQueryMapper {

    List<RunRow> runs(@Param("job") String job, @Param("status") String status, @Param("limit") int limit);

    RunRow run(@Param("executionId") long executionId);

    /** The newest execution of each job. */
    List<RunRow> lastRuns();

    List<RunDataIssue> dataIssues(@Param("runKey") String runKey, @Param("completed") boolean completed,
                                  @Param("limit") int limit);

    List<MailRow> mails(@Param("status") String status, @Param("job") String job, @Param("period") String period,
                        @Param("limit") int limit);

    long countMails(@Param("status") String status);

    /** Mails queued since then that were sent again after an uncertain send. */
    long countRetriedMailsSince(@Param("since") LocalDateTime since);

    /** The oldest queued mail that is due, to tell a backlog from a mail just queued. */
    LocalDateTime oldestDueMail();

}
