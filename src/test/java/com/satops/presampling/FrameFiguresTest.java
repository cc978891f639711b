package com.satops.presampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameFiguresTest {

    @Test
    void figuresAreSummedOverProjectsUnderTheirContractNamesInOrder() {
        FrameFigures figures = FrameFigures.of(List.of(
                new ProjectSummary("A", "甲", 10, 6, 1, 2, 1, 3, 4, 0),
                new ProjectSummary("B", "乙", 5, 5, 0, 0, 0, 0, 1, 2)));

        assertThat(figures.asMap()).containsExactly(
                entry("households", 15L),
                entry("eligible", 11L),
                entry("excluded.NOT_DELIVERED", 1L),
                entry("excluded.NOT_OCCUPIED", 2L),
                entry("excluded.BLACK", 1L),
                entry("classChanges", 3L),
                entry("statusChanges", 5L));
    }

    @Test
    void noProjectsMeansZeroEverywhere() {
        assertThat(FrameFigures.of(List.of()).asMap()).containsValues(0L).hasSize(7);
    }

    @Test
    void aFrameThatMissesAHouseholdIsRefused() {
        assertThatThrownBy(() -> FrameFigures.of(List.of(new ProjectSummary("A", "甲", 10, 6, 1, 2, 0, 0, 0, 0))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("9 of 10");
    }
}
