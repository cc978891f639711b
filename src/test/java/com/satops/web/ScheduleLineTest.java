package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.service.ScheduleView;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleLineTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theNextFireAndTheTwoAfterItInTheSchedulesZone() {
        ZonedDateTime next = ZonedDateTime.of(2026, 12, 7, 6, 0, 0, 0, SHANGHAI);
        ScheduleLine line = ScheduleLine.of(view("0 0 6 ? * MON", next, false), "每周一 06:00");

        assertThat(line.nextFires()).containsExactly(next, next.plusWeeks(1), next.plusWeeks(2));
        assertThat(line.words()).isEqualTo("每周一 06:00");
    }

    @Test
    void noFireKnownNoFireShown() {
        assertThat(ScheduleLine.of(view("0 0 2 25 * ?", null, true), null).nextFires()).isEmpty();
    }

    private static ScheduleView view(String cron, ZonedDateTime next, boolean paused) {
        return new ScheduleView("patrol-closeout", cron, "Asia/Shanghai", "zh-CN", List.of(), next, paused,
                "jar:patrol-closeout.properties");
    }
}
