package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobCatalogTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @Test
    void fillsInEachJobsDefaultPeriod() {
        assertThat(JobCatalog.PRESAMPLING_CLEANUP.parameters(RunRequest.defaults(), TODAY).month())
                .isEqualTo(YearMonth.of(2027, 1));
        assertThat(JobCatalog.SATISFACTION_SUMMARY.parameters(RunRequest.defaults(), TODAY).month())
                .isEqualTo(YearMonth.of(2026, 11));
        assertThat(JobCatalog.PATROL_CLOSEOUT.parameters(RunRequest.defaults(), TODAY).week()).isEqualTo("2026-W48");
        RunParameters daily = JobCatalog.SERVICE_FOLLOWUP.parameters(RunRequest.defaults(), TODAY);
        assertThat(daily.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(daily.asOf()).isNull();
        assertThat(daily.describe()).containsEntry("date", "2026-11-30").doesNotContainKey("asOf");
    }

    @Test
    void anImpossibleMonthIsOneClearLine() {
        assertThatThrownBy(() -> JobCatalog.SATISFACTION_SUMMARY.parameters(
                new RunRequest("2026-13", null, null, null, List.of(), null), TODAY))
                .isInstanceOf(BadRunRequestException.class)
                .hasMessage("--month must be a month as yyyy-MM, e.g. 2026-11 (got '2026-13')");
    }

    @Test
    void anOptionTheJobDoesNotTakeIsRefused() {
        assertThatThrownBy(() -> JobCatalog.SATISFACTION_SUMMARY.parameters(
                new RunRequest(null, "2026-W47", null, null, List.of(), null), TODAY))
                .isInstanceOf(BadRunRequestException.class)
                .hasMessageContaining("satisfaction-summary does not take --week");
        assertThatThrownBy(() -> JobCatalog.PATROL_CLOSEOUT.parameters(
                new RunRequest("2026-11", null, null, null, List.of(), null), TODAY))
                .hasMessageContaining("does not take --month");
        assertThatThrownBy(() -> JobCatalog.SERVICE_FOLLOWUP.parameters(
                new RunRequest(null, null, null, "2026-11-30", List.of(), null), TODAY))
                .hasMessageContaining("does not take --as-of");
    }

    @Test
    void badDatesWeeksAndLocalesAreRefused() {
        assertThatThrownBy(() -> JobCatalog.SERVICE_FOLLOWUP.parameters(
                new RunRequest(null, null, "2026-02-30", null, List.of(), null), TODAY))
                .hasMessage("--date must be a date as yyyy-MM-dd, e.g. 2026-11-30 (got '2026-02-30')");
        assertThatThrownBy(() -> JobCatalog.PATROL_CLOSEOUT.parameters(
                new RunRequest(null, "2026-W54", null, null, List.of(), null), TODAY))
                .hasMessageStartingWith("--week must be an ISO week");
        assertThatThrownBy(() -> JobCatalog.PATROL_CLOSEOUT.parameters(
                new RunRequest(null, null, null, null, List.of(), "fr"), TODAY))
                .hasMessage("--locale must be zh-CN or en (got 'fr')");
    }
}
