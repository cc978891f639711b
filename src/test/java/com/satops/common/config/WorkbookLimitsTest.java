package com.satops.common.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Limits that would let any zip bomb through are refused at start-up. */
class WorkbookLimitsTest {

    @Test
    void noInflateRatioIsRefused() {
        assertThatThrownBy(() -> new WorkbookLimits(10_000, 0, DataSize.ofGigabytes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min-inflate-ratio");
    }

    @Test
    void noEntriesIsRefused() {
        assertThatThrownBy(() -> new WorkbookLimits(0, 0.01, DataSize.ofGigabytes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-entries");
    }
}
