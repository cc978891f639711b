package com.satops.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.satops.support.MapperSlice;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the service and the console list: runs newest first, each job's last run, data issues, the outbox. */
@MapperSlice
class ServiceQueryMapperTest {

    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 30, 8, 0);

    @Autowired
    ServiceQueryMapper mapper;

    @Autowired
    JdbcTemplate db;

    long instance;

    void execution(long id, String job, String status, LocalDateTime endedAt) {
        db.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, ?, ?)",
                ++instance, job, "key" + instance);
        db.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, START_TIME,"
                + " END_TIME, STATUS) VALUES (?, 0, ?, ?, ?, ?, ?)", id, instance, T0, T0, endedAt, status);
    }

    void summary(long executionId, String json) {
        db.update("INSERT INTO run_summary (execution_id, job, run_key, status, summary_json) VALUES (?, 'job', 'k', "
                + "'COMPLETED', ?)", executionId, json);
    }

    void mail(String key, String job, String period, String status, LocalDateTime nextAttemptAt) {
        db.update("INSERT INTO mail_outbox (mail_key, job, period, recipient, subject, html_body, status, "
                + "next_attempt_at, run_key, execution_id) VALUES (?, ?, ?, 'pm@example.com', 's', '<p/>', ?, ?, "
                + "'run', 1)", key, job, period, status, nextAttemptAt);
    }

    @Test
    void runsAreNewestFirstFilteredByJobAndStatusAndCutAtTheLimit() {
        execution(1, "patrol-closeout", "COMPLETED", T0.plusMinutes(1));
        execution(2, "patrol-closeout", "FAILED", T0.plusMinutes(2));
        execution(3, "visit-assignment", "COMPLETED", T0.plusMinutes(3));
        execution(4, "patrol-closeout", "COMPLETED", null);
        summary(1, "{\"figures\":{}}");

        assertThat(mapper.runs(null, null, 10)).extracting(RunRow::executionId).containsExactly(4L, 3L, 2L, 1L);
        assertThat(mapper.runs("patrol-closeout", null, 10)).extracting(RunRow::executionId)
                .containsExactly(4L, 2L, 1L);
        assertThat(mapper.runs(null, "COMPLETED", 10)).extracting(RunRow::executionId).containsExactly(4L, 3L, 1L);
        assertThat(mapper.runs("patrol-closeout", "COMPLETED", 1)).extracting(RunRow::executionId).containsExactly(4L);
        assertThat(mapper.runs("no-such-job", null, 10)).isEmpty();
        assertThat(mapper.runs(null, null, 10)).last()
                .isEqualTo(new RunRow(1, "patrol-closeout", "COMPLETED", T0, T0.plusMinutes(1), "{\"figures\":{}}"));
    }

    @Test
    void aRunWithoutASummaryOrAnEndIsReadWithNulls() {
        execution(4, "patrol-closeout", "STARTED", null);

        assertThat(mapper.run(4)).isEqualTo(new RunRow(4, "patrol-closeout", "STARTED", T0, null, null));
        assertThat(mapper.run(5)).isNull();
    }

    // MyBatis caches a statement's result for the rest of the test's transaction: an empty table is read
    // in a test of its own, not before rows are added behind MyBatis' back.
    @Test
    void noExecutionsNoMailsNothingToList() {
        assertThat(mapper.lastRuns()).isEmpty();
        assertThat(mapper.runs(null, null, 10)).isEmpty();
        assertThat(mapper.mails(null, null, null, 10)).isEmpty();
        assertThat(mapper.countMails("QUEUED")).isZero();
        assertThat(mapper.oldestDueMail()).isNull();
    }

    @Test
    void lastRunsAreTheNewestExecutionOfEachJobInJobOrder() {
        execution(1, "visit-assignment", "COMPLETED", T0);
        execution(2, "patrol-closeout", "FAILED", T0);
        execution(3, "patrol-closeout", "COMPLETED", T0);

        assertThat(mapper.lastRuns()).extracting(RunRow::job, RunRow::executionId)
                .containsExactly(tuple("patrol-closeout", 3L),
                        tuple("visit-assignment", 1L));
    }

    @Test
    void dataIssuesAreTheRunsInTheOrderTheyWereFoundUpToTheLimit() {
        for (int row = 3; row >= 1; row--) {
            db.update("INSERT INTO data_issue (execution_id, run_key, file_name, sheet, row_no, column_name, cell_value,"
                    + " reason, row_skipped) VALUES (1, 'import|2026-11-20', 'crm.csv', NULL, ?, '房号', '9-9', "
                    + "'unknown', ?)", row, row == 2);
        }
        db.update("INSERT INTO data_issue (execution_id, run_key, file_name, reason, row_skipped) "
                + "VALUES (2, 'other', 'erp.csv', 'unknown', FALSE)");

        assertThat(mapper.dataIssues("import|2026-11-20", false, 10)).extracting(RunDataIssue::rowNo)
                .containsExactly(3, 2, 1);
        assertThat(mapper.dataIssues("import|2026-11-20", false, 2)).hasSize(2).element(1)
                .isEqualTo(new RunDataIssue("crm.csv", null, 2, "房号", "9-9", "unknown", true));
        assertThat(mapper.dataIssues("no such run", false, 10)).isEmpty();
    }

    @Test
    void aCompletedRunListsWhatItsSummaryCountsLeavingOutAFileAFailedAttemptRefusedOverTheRate() {
        db.update("INSERT INTO imported_file (file_id, kind, file_name, source_path, sha256, status, run_key,"
                + " execution_id, effective_on) VALUES (7, 'crm', 'crm.csv', 'inbox/crm/crm.csv', ?, 'OVER_RATE',"
                + " 'import|2026-11-20', 1, DATE '2026-11-20')", "7".repeat(64));
        db.update("INSERT INTO data_issue (execution_id, run_key, file_id, file_name, row_no, reason, row_skipped)"
                + " VALUES (1, 'import|2026-11-20', 7, 'crm.csv', 4, 'unknown', TRUE)");
        db.update("INSERT INTO data_issue (execution_id, run_key, file_id, file_name, row_no, reason, row_skipped)"
                + " VALUES (2, 'import|2026-11-20', 8, 'erp.csv', 9, 'unknown', FALSE)");

        assertThat(mapper.dataIssues("import|2026-11-20", true, 10)).extracting(RunDataIssue::rowNo)
                .containsExactly(9);
        assertThat(mapper.dataIssues("import|2026-11-20", false, 10)).extracting(RunDataIssue::rowNo)
                .containsExactly(4, 9);
    }

    @Test
    void mailsSayWaitingForQueuedAndFilterByStatusJobAndPeriod() {
        mail("m1", "patrol-closeout", "2026-W47", "QUEUED", T0);
        mail("m2", "patrol-closeout", "2026-W48", "SENT", T0);
        mail("m3", "satisfaction-summary", "2026-10", "FAILED", T0);

        assertThat(mapper.mails(null, null, null, 10)).extracting(MailRow::status)
                .containsExactly("FAILED", "SENT", "WAITING");
        assertThat(mapper.mails("QUEUED", null, null, 10)).extracting(MailRow::status).containsExactly("WAITING");
        assertThat(mapper.mails(null, "patrol-closeout", null, 10)).hasSize(2);
        assertThat(mapper.mails(null, "patrol-closeout", "2026-W48", 10)).extracting(MailRow::status)
                .containsExactly("SENT");
        assertThat(mapper.mails(null, null, null, 1)).hasSize(1);
        assertThat(mapper.mails("HELD", null, null, 10)).isEmpty();
    }

    @Test
    void mailsAreCountedByStatusAndTheOldestDueIsAQueuedOne() {
        mail("m1", "patrol-closeout", "2026-W47", "QUEUED", T0.plusMinutes(5));
        mail("m2", "patrol-closeout", "2026-W48", "QUEUED", T0);
        mail("m3", "patrol-closeout", "2026-W46", "SENT", T0.minusDays(1));

        assertThat(mapper.countMails("QUEUED")).isEqualTo(2);
        assertThat(mapper.countMails("SENT")).isEqualTo(1);
        assertThat(mapper.oldestDueMail()).as("sent mails are not due").isEqualTo(T0);
    }
}
