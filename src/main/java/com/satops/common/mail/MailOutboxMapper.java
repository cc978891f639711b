package com.satops.common.mail;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MailOutboxMapper {

    /** Inserts the mail unless its key is already queued, sent or given up; returns 1 when it was new. */
    int queue(@Param("mail") OutgoingMail mail, @Param("mailKey") String mailKey, @Param("now") LocalDateTime now);

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
