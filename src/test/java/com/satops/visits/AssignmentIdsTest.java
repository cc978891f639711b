package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class AssignmentIdsTest {

    @Test
    void monthProjectAndHouseholdMakeTheNumber() {
        assertThat(AssignmentIds.of(YearMonth.of(2026, 11), "XXHY", 123)).isEqualTo("V202611-XXHY-000123");
        assertThat(AssignmentIds.of(YearMonth.of(2026, 11), "XXHY", 123))
                .isEqualTo(AssignmentIds.of(YearMonth.of(2026, 11), "XXHY", 123))
                .isNotEqualTo(AssignmentIds.of(YearMonth.of(2026, 12), "XXHY", 123));
    }

    @Test
    void anUnwieldyProjectCodeIsHashedAndTheNumberFitsItsColumn() {
        String id = AssignmentIds.of(YearMonth.of(2026, 11), "华南-星河湾-二期-北区-超长项目编码", 1_234_567_890L);
        assertThat(id).matches("V202611-P[0-9A-F]{8}-1234567890");
        assertThat(id.length()).isLessThanOrEqualTo(AssignmentIds.MAX_LENGTH);
    }
}
