package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.domain.WorkOrderType;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowupDayTest {

    private final FollowupDay day = new FollowupDay(LocalDate.of(2026, 11, 10));

    @Test
    void theDayBeforeRunsFromMidnightToMidnight() {
        assertThat(day.onDayBefore(LocalDateTime.of(2026, 11, 9, 0, 0))).isTrue();
        assertThat(day.onDayBefore(LocalDateTime.of(2026, 11, 9, 23, 59, 59))).isTrue();
        assertThat(day.onDayBefore(LocalDateTime.of(2026, 11, 10, 0, 0))).isFalse();
        assertThat(day.end()).isEqualTo(LocalDateTime.of(2026, 11, 11, 0, 0));
    }

    @Test
    void aDayHasEndedOnlyFromTheNextDayOn() {
        assertThat(day.endedBy(LocalDate.of(2026, 11, 10))).as("today").isFalse();
        assertThat(day.endedBy(LocalDate.of(2026, 11, 9))).as("a day still to come").isFalse();
        assertThat(day.endedBy(LocalDate.of(2026, 11, 11))).isTrue();
    }

    @Test
    void onAServerKeepingUtcTheMorningRunChecksYesterdayInTheSchedulesZone() {
        // 07:30 on 11 November in Shanghai is still the 10th on a server clock in UTC
        Clock utc = Clock.fixed(Instant.parse("2026-11-10T23:30:00Z"), ZoneOffset.UTC);
        DayClock dayClock = new DayClock(utc, new FollowupProperties(
                Map.of(WorkOrderType.REPAIR, 48, WorkOrderType.COMPLAINT, 48), ZoneId.of("Asia/Shanghai")));

        LocalDate checked = JobCatalog.SERVICE_FOLLOWUP.parameters(RunRequest.defaults(),
                dayClock.todayFor(JobCatalog.SERVICE_FOLLOWUP)).date();

        assertThat(checked).isEqualTo(LocalDate.of(2026, 11, 10));
        assertThat(dayClock.ended(new FollowupDay(checked))).as("its mails go out").isTrue();
        assertThat(JobCatalog.PATROL_CLOSEOUT.parameters(RunRequest.defaults(),
                dayClock.todayFor(JobCatalog.PATROL_CLOSEOUT)).asOf()).isEqualTo(LocalDate.of(2026, 11, 10));
    }
}
