package com.satops.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PromiseCheckTest {

    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 11, 10, 9, 0);

    @Test
    void exactlyTheAllowanceIsOnTime() {
        PromiseOutcome outcome = PromiseCheck.judge(ServicePromise.RESPOND, CREATED, CREATED.plusMinutes(15));
        assertThat(outcome.kept()).isTrue();
        assertThat(outcome.late()).isEqualTo(Duration.ZERO);
    }

    @Test
    void oneSecondMoreIsLateByThatSecond() {
        PromiseOutcome outcome = PromiseCheck.judge(ServicePromise.RESPOND, CREATED,
                CREATED.plusMinutes(15).plusSeconds(1));
        assertThat(outcome.missed()).isTrue();
        assertThat(outcome.recorded()).isTrue();
        assertThat(outcome.late()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aMissingTimeIsAMiss() {
        PromiseOutcome outcome = PromiseCheck.judge(ServicePromise.FEEDBACK, CREATED, null);
        assertThat(outcome.missed()).isTrue();
        assertThat(outcome.recorded()).isFalse();
    }

    @Test
    void eachPromiseHasItsOwnAllowance() {
        assertThat(PromiseCheck.judge(ServicePromise.DISPATCH, CREATED, CREATED.plusMinutes(30)).kept()).isTrue();
        assertThat(PromiseCheck.judge(ServicePromise.DISPATCH, CREATED, CREATED.plusMinutes(31)).late())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(PromiseCheck.judge(ServicePromise.FEEDBACK, CREATED, CREATED.plusMinutes(60)).kept()).isTrue();
        assertThat(ServicePromise.FEEDBACK.allowedSeconds()).isEqualTo(3600);
    }
}
