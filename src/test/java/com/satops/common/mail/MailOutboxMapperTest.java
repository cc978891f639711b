package com.satops.common.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox (FORMATS §4): queued once per key, held mails kept aside, a due mail
 * claimed by one sender at a time, an expired claim sent again and counted, resends
 * copying the latest mail per recipient and report.
 */
@MapperSlice
class MailOutboxMapperTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 8, 0, 0);
    private static final String JOB = "satisfaction-summary";

    @Autowired
    MailOutboxMapper mapper;

    @Autowired
    JdbcTemplate db;

    @Test
    void aMailQueuedAgainUnderTheSameKeyIsNotAdded() {
        OutgoingMail mail = mail("pm@example.com", "a.xlsx", "第一次");

        assertThat(mapper.queue(mail, mail.mailKey(), "QUEUED", NOW)).isEqualTo(1);
        assertThat(mapper.queue(mail("pm@example.com", "a.xlsx", "第二次"), mail.mailKey(), "QUEUED", NOW))
                .isZero();

        assertThat(db.queryForList("SELECT subject FROM mail_outbox", String.class)).containsExactly("第一次");
    }

    @Test
    void dueMailsAreQueuedOnesWhoseTimeHasComeAfterTheGivenIdInIdOrder() {
        long first = queued("a@example.com", NOW);
        queue("b@example.com", "HELD", NOW.minusHours(1));
        long second = queued("c@example.com", NOW.minusDays(1));
        queued("d@example.com", NOW.plusSeconds(1));
        long third = queued("e@example.com", NOW.minusMinutes(1));

        assertThat(mapper.due(NOW, 0, 10)).extracting(QueuedMail::mailId).containsExactly(first, second, third);
        assertThat(mapper.due(NOW, first, 1)).extracting(QueuedMail::mailId).containsExactly(second);
    }

    @Test
    void aClaimedMailCannotBeClaimedAgainUntilItsLeaseRunsOut() {
        long id = queued("pm@example.com", NOW);

        assertThat(mapper.claim(id, NOW, NOW.plusMinutes(5))).isEqualTo(1);
        assertThat(mapper.claim(id, NOW.plusMinutes(4), NOW.plusMinutes(9))).isZero();
        assertThat(mapper.due(NOW.plusMinutes(4), 0, 10)).isEmpty();
        assertThat(row(id)).containsEntry("ATTEMPTS", 0).containsEntry("RETRIED", 0);
    }

    @Test
    void aClaimThatExpiredWithoutAnOutcomeCountsAsAnAttemptAndARetry() {
        long id = queued("pm@example.com", NOW);
        mapper.claim(id, NOW, NOW.plusMinutes(5));

        assertThat(mapper.claim(id, NOW.plusMinutes(5), NOW.plusMinutes(10))).isEqualTo(1);
        mapper.markSent(id, NOW.plusMinutes(6));

        assertThat(row(id)).containsEntry("STATUS", "SENT").containsEntry("ATTEMPTS", 2).containsEntry("RETRIED", 1)
                .containsEntry("CLAIMED_AT", null);
        assertThat(mapper.claim(id, NOW.plusHours(1), NOW.plusHours(2))).isZero();
    }

    @Test
    void aFailedSendWaitsForItsNextAttemptAndAGivenUpMailIsNeverDueAgain() {
        long retried = queued("a@example.com", NOW);
        long givenUp = queued("b@example.com", NOW);
        mapper.claim(retried, NOW, NOW.plusMinutes(5));
        mapper.markFailed(retried, "421 try later", NOW.plusMinutes(10));
        mapper.claim(givenUp, NOW, NOW.plusMinutes(5));
        mapper.markGivenUp(givenUp, "550 no such user");

        assertThat(mapper.due(NOW.plusMinutes(10).minusSeconds(1), 0, 10)).isEmpty();
        assertThat(mapper.due(NOW.plusMinutes(10), 0, 10)).singleElement()
                .satisfies(mail -> assertThat(mail.attempts()).isEqualTo(1));
        assertThat(row(retried)).containsEntry("LAST_ERROR", "421 try later").containsEntry("CLAIMED_AT", null);
        assertThat(row(givenUp)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 1)
                .containsEntry("LAST_ERROR", "550 no such user");
        // the next claim after a recorded failure is no retry of an uncertain send
        assertThat(mapper.claim(retried, NOW.plusMinutes(10), NOW.plusMinutes(15))).isEqualTo(1);
        assertThat(row(retried)).containsEntry("RETRIED", 0);
    }

    @Test
    void aPeriodsResendCopiesTheLatestMailPerRecipientAndReportLeavingHeldOnesAside() {
        queueMail(mail("PM@example.com", "a.xlsx", "旧"), "QUEUED");
        long latestA = queueMail(mail("pm@example.com", "a.xlsx", "新"), "SENT");
        long otherReport = queueMail(mail("pm@example.com", "b.xlsx", "B"), "SENT");
        long other = queueMail(mail("gm@example.com", null, "总"), "SENT");
        queueMail(mail("late@example.com", "a.xlsx", "未到期"), "HELD");

        assertThat(mapper.requeuePeriod(JOB, "2026-11", null, "resend|1|", "resend-run", NOW)).isEqualTo(3);

        assertThat(db.queryForList("SELECT CONCAT(mail_key, ' ', subject, ' ', status, ' ', run_key) FROM mail_outbox"
                + " WHERE mail_key LIKE 'resend|%' ORDER BY mail_key", String.class)).containsExactlyInAnyOrder(
                "resend|1|" + latestA + " 新 QUEUED resend-run",
                "resend|1|" + otherReport + " B QUEUED resend-run",
                "resend|1|" + other + " 总 QUEUED resend-run");
    }

    @Test
    void aResendToOneRecipientMatchesTheAddressWhateverItsCase() {
        long latest = queueMail(mail("pm@example.com", "a.xlsx", "新"), "SENT");
        queueMail(mail("gm@example.com", "a.xlsx", "总"), "SENT");

        assertThat(mapper.requeuePeriod(JOB, "2026-11", "PM@Example.com", "resend|2|", "resend-run", NOW))
                .isEqualTo(1);
        assertThat(mapper.requeuePeriod(JOB, "2026-10", null, "resend|3|", "resend-run", NOW)).isZero();
        assertThat(db.queryForList("SELECT mail_key FROM mail_outbox WHERE mail_key LIKE 'resend|%'", String.class))
                .containsExactly("resend|2|" + latest);
    }

    @Test
    void aSecondResendOfThePeriodCopiesOnlyTheFirstResendsCopyNotTheMailsBeforeIt() {
        queueMail(mail("pm@example.com", "a.xlsx", "新"), "SENT");
        mapper.requeuePeriod(JOB, "2026-11", null, "resend|1|", "resend-run", NOW);
        long firstCopy = lastId();

        assertThat(mapper.requeuePeriod(JOB, "2026-11", null, "resend|2|", "resend-run", NOW)).isEqualTo(1);
        assertThat(db.queryForList("SELECT mail_key FROM mail_outbox WHERE mail_key LIKE 'resend|2|%'", String.class))
                .containsExactly("resend|2|" + firstCopy);
    }

    @Test
    void resendingOneRowCopiesItAndAnUnknownIdCopiesNothing() {
        long id = queueMail(mail("pm@example.com", "a.xlsx", "新"), "FAILED");

        assertThat(mapper.requeueOne(id, "resend|4|", "resend-run", NOW)).isEqualTo(1);
        assertThat(mapper.requeueOne(id + 100, "resend|5|", "resend-run", NOW)).isZero();

        Map<String, Object> copy = db.queryForMap("SELECT * FROM mail_outbox WHERE mail_key = ?", "resend|4|" + id);
        assertThat(copy).containsEntry("STATUS", "QUEUED").containsEntry("SUBJECT", "新")
                .containsEntry("ATTACHMENT_PATH", Path.of("reports", "a.xlsx").toString())
                .containsEntry("RUN_KEY", "resend-run").containsEntry("ATTEMPTS", 0);
        assertThat(row(id)).containsEntry("STATUS", "FAILED");
    }

    private static OutgoingMail mail(String recipient, String report, String subject) {
        return new OutgoingMail(JOB, "2026-11", recipient, subject, "<p>" + subject + "</p>",
                report == null ? null : Path.of("reports", report), null, JOB + "|2026-11|ALL", 7);
    }

    private long queueMail(OutgoingMail mail, String status) {
        mapper.queue(mail, mail.mailKey() + "|" + mail.subject(), status, NOW.minusDays(1));
        return lastId();
    }

    private long queued(String recipient, LocalDateTime nextAttemptAt) {
        return queue(recipient, "QUEUED", nextAttemptAt);
    }

    private long queue(String recipient, String status, LocalDateTime nextAttemptAt) {
        OutgoingMail mail = mail(recipient, null, "满意度");
        mapper.queue(mail, mail.mailKey(), status, nextAttemptAt);
        return lastId();
    }

    private long lastId() {
        return db.queryForObject("SELECT MAX(mail_id) FROM mail_outbox", Long.class);
    }

    private Map<String, Object> row(long mailId) {
        return db.queryForMap("SELECT * FROM mail_outbox WHERE mail_id = ?", mailId);
    }
}
