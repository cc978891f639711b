package com.satops.common.mail;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MailOutboxMapper {

    /** Inserts the mail with the given status unless its key is in the outbox already; returns 1 when it was new. */
    int queue(@Param("mail") OutgoingMail mail, @Param("mailKey") String mailKey, @Param("status") String status,
              @Param("now") LocalDateTime now);

    /**
     * Queues again, under keys made of {@code keyPrefix} and each source row's id, the latest
     * mail (held ones aside) of a job and period to each recipient and report, or to
     * {@code recipient} alone when it is given; returns how many it queued.
     */
    int requeuePeriod(@Param("job") String job, @Param("period") String period, @Param("recipient") String recipient,
                      @Param("keyPrefix") String keyPrefix, @Param("runKey") String runKey,
                      @Param("now") LocalDateTime now);

    /** Queues one outbox row again under a key made of {@code keyPrefix} and its id; 0 when there is no such row. */
    int requeueOne(@Param("mailId") long mailId, @Param("keyPrefix") String keyPrefix, @Param("runKey") String runKey,
                   @Param("now") LocalDateTime now);

    /** Due mails with an id above {@code afterId}, in id order. */
    List<QueuedMail> due(@Param("now") LocalDateTime now, @Param("afterId") long afterId, @Param("limit") int limit);

    /**
     * Takes a due mail for this sender until {@code leaseUntil}; returns 0 when another
     * process took it first, so two deliverers never send the same mail.
     */
    int claim(@Param("mailId") long mailId, @Param("now") LocalDateTime now,
              @Param("leaseUntil") LocalDateTime leaseUntil);

    void markSent(@Param("mailId") long mailId, @Param("now") LocalDateTime now);

    void markFailed(@Param("mailId") long mailId, @Param("error") String error,
                    @Param("nextAttemptAt") LocalDateTime nextAttemptAt);

    /** No more tries: the mail stays in the table as FAILED with its last error. */
    void markGivenUp(@Param("mailId") long mailId, @Param("error") String error);
}
