package com.satops.common.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {

    static final LocalDateTime FAILED_AT = LocalDateTime.of(2026, 11, 3, 8, 0);

    @Test
    void eachWaitIsTwiceTheOneBefore() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(5), 10);

        assertThat(backoff.nextAttempt(1, FAILED_AT)).contains(FAILED_AT.plusMinutes(5));
        assertThat(backoff.nextAttempt(2, FAILED_AT)).contains(FAILED_AT.plusMinutes(10));
        assertThat(backoff.nextAttempt(3, FAILED_AT)).contains(FAILED_AT.plusMinutes(20));
    }

    @Test
    void noWaitIsLongerThanADay() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(5), 100);

        assertThat(backoff.nextAttempt(60, FAILED_AT)).contains(FAILED_AT.plusDays(1));
    }

    @Test
    void afterTheLastAttemptAllowedThereIsNoNextOne() {
        RetryBackoff backoff = new RetryBackoff(Duration.ofMinutes(5), 3);

        assertThat(backoff.nextAttempt(2, FAILED_AT)).isPresent();
        assertThat(backoff.nextAttempt(3, FAILED_AT)).isEmpty();
    }

    @Test
    void settingsThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(-1), 3))
                .hasMessageContaining("retry-backoff");
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(5), 0)).hasMessageContaining("max-attempts");
    }
}
