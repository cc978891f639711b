package com.satops.common.mail;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface MailOutboxMapper {

    /** Inserts the mail unless its key is already queued or sent; returns 1 when it was new. */
    int queue(@Param("mail") OutgoingMail mail, @Param("mailKey") String mailKey);

    List<QueuedMail> due(@Param("now") LocalDateTime now, @Param("limit") int limit);

    void markSent(@Param("mailId") long mailId, @Param("now") LocalDateTime now);

    void markFailed(@Param("mailId") long mailId, @Param("error") String error,
                    @Param("nextAttemptAt") LocalDateTime nextAttemptAt);
}
