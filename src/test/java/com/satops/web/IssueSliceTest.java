package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IssueSliceTest {

    private final List<Integer> issues = IntStream.rangeClosed(1, 120).boxed().toList();

    @Test
    void pagesOfFiftyInOrder() {
        IssueSlice<Integer> second = IssueSlice.of(issues, 120, 2);
        assertThat(second.items()).first().isEqualTo(51);
        assertThat(second.items()).hasSize(50).last().isEqualTo(100);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(IssueSlice.of(issues, 120, 3).items()).hasSize(20);
    }

    @Test
    void aPageOutOfRangeShowsTheNearestOne() {
        assertThat(IssueSlice.of(issues, 120, 9).page()).isEqualTo(3);
        assertThat(IssueSlice.of(issues, 120, 0).page()).isEqualTo(1);
        assertThat(IssueSlice.of(List.of(), 0, 1)).isEqualTo(new IssueSlice<>(List.of(), 1, 1, 0));
    }
}
