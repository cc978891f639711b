package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.MapperSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The counts a run summary is made of: this execution's mails only, held apart, resends not counted twice. */
@MapperSlice
class RunLedgerMapperTest {

    private static final String RUN = "satisfaction-summary|2026-11|ALL";

    @Autowired
    RunLedgerMapper mapper;

    @Autowired
    JdbcTemplate db;

    @Test
    void mailsAreThoseThisExecutionQueuedUnderItsOwnRunKeyAndNotHeld() {
        mail("m1", 7, RUN, "QUEUED", 0);
        mail("m2", 7, RUN, "SENT", 0);
        mail("m3", 7, RUN, "HELD", 0);
        // an earlier execution of the same parameters
        mail("m4", 6, RUN, "SENT", 0);
        // a resend the same execution id made under its own run key
        mail("m5", 7, "resend|m2", "QUEUED", 0);

        assertThat(mapper.countMails(7, RUN)).isEqualTo(2);
        assertThat(mapper.countMailsHeld(7)).isEqualTo(1);
        assertThat(mapper.countMailsHeld(6)).isZero();
    }

    @Test
    void waitingCountsEveryQueuedMailWhateverItsRun() {
        mail("m1", 7, RUN, "QUEUED", 0);
        mail("m2", 6, "other", "QUEUED", 0);
        mail("m3", 7, RUN, "SENT", 0);
        mail("m4", 7, RUN, "HELD", 0);

        assertThat(mapper.countMailsWaiting()).isEqualTo(2);
    }

    @Test
    void retriedSumsTheRunsRepeatedSendsAndIsZeroWithoutMails() {
        mail("m1", 7, RUN, "SENT", 2);
        mail("m2", 6, RUN, "SENT", 1);
        mail("m3", 7, "other", "SENT", 5);

        assertThat(mapper.countMailsRetried(RUN)).isEqualTo(3);
        assertThat(mapper.countMailsRetried("no mails")).isZero();
    }

    @Test
    void dataIssuesAreCountedByRunKey() {
        issue(RUN);
        issue(RUN);
        issue("other");

        assertThat(mapper.countDataIssues(RUN, false)).isEqualTo(2);
        assertThat(mapper.countDataIssues("none", false)).isZero();
    }

    @Test
    void aCompletedRunLeavesOutTheIssuesOfAFileAFailedAttemptRefused() {
        db.update("INSERT INTO imported_file (file_id, kind, file_name, source_path, sha256, status, run_key,"
                + " execution_id, effective_on) VALUES (5, 'crm', 'crm.csv', 'inbox/crm/crm.csv', REPEAT('5', 64),"
                + " 'OVER_RATE', ?, 1, DATE '2026-11-30')", RUN);
        issue(RUN);
        db.update("UPDATE data_issue SET file_id = 5");
        issue(RUN);

        assertThat(mapper.countDataIssues(RUN, false)).as("the failed attempt").isEqualTo(2);
        assertThat(mapper.countDataIssues(RUN, true)).as("the restart that completed").isEqualTo(1);
    }

    @Test
    void savingAnExecutionsSummaryAgainReplacesIt() {
        mapper.saveSummary(7, "satisfaction-summary", RUN, "FAILED", "{\"n\":1}");
        mapper.saveSummary(7, "satisfaction-summary", RUN, "COMPLETED", "{\"n\":2}");

        assertThat(db.queryForList("SELECT status FROM run_summary", String.class)).containsExactly("COMPLETED");
        assertThat(mapper.recentSummaries(10)).containsExactly("{\"n\":2}");
    }

    @Test
    void recentSummariesAreNewestFirstAndLimited() {
        summary(1, "2026-11-30 08:00:00");
        summary(2, "2026-11-30 09:00:00");
        summary(3, "2026-11-30 09:00:00");
        summary(4, "2026-11-29 23:00:00");

        assertThat(mapper.recentSummaries(3)).containsExactly("s3", "s2", "s1");
        assertThat(mapper.recentSummaries(1)).containsExactly("s3");
    }

    private void summary(long executionId, String finishedAt) {
        db.update("INSERT INTO run_summary (execution_id, job, run_key, status, summary_json, finished_at)"
                + " VALUES (?, 'patrol-closeout', 'k', 'COMPLETED', ?, TIMESTAMP '" + finishedAt + "')",
                executionId, "s" + executionId);
    }

    private void mail(String key, long executionId, String runKey, String status, int retried) {
        db.update("INSERT INTO mail_outbox (mail_key, job, period, recipient, subject, html_body, status, retried,"
                + " run_key, execution_id) VALUES (?, 'satisfaction-summary', '2026-11', 'pm@example.com', '满意度',"
                + " '<p>x</p>', ?, ?, ?, ?)", key, status, retried, runKey, executionId);
    }

    private void issue(String runKey) {
        db.update("INSERT INTO data_issue (execution_id, run_key, reason, row_skipped) VALUES (1, ?, '日期无效', TRUE)",
                runKey);
    }
}
