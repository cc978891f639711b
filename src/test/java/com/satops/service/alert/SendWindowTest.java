package com.satops.service.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendWindowTest {

    @Test
    void theTwentyFirstMessageOfAMinuteWaitsForTheFirstToLeaveTheWindow() {
        SendWindow window = new SendWindow(20);
        Instant start = Instant.parse("2026-11-30T01:00:00Z");
        for (int i = 0; i < 20; i++) {
            Instant at = start.plusSeconds(i);
            assertThat(window.nextSlot(at)).isEqualTo(at);
            window.sentAt(at);
        }
        assertThat(window.nextSlot(start.plusSeconds(20))).isEqualTo(start.plusSeconds(60));
        assertThat(window.nextSlot(start.plusSeconds(60))).isEqualTo(start.plusSeconds(60));
    }
}
