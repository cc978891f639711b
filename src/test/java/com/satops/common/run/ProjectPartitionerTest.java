package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class ProjectPartitionerTest {

    @Test
    void biggestProjectsGoFirstEachToTheLightestPartition() {
        // given: 100 + 10 + 10 against 90 + 20 and so on
        ProjectPartitioner partitioner = new ProjectPartitioner(List.of("P1", "P2", "P3", "P4", "P5"),
                Map.of("P1", 100L, "P2", 90L, "P3", 20L, "P4", 10L, "P5", 10L));

        // when
        Map<String, ExecutionContext> partitions = partitioner.partition(2);

        // then: P1 → 0, P2 → 1 (90), P3 → 1 (110), P4 → 0 (110), P5 → 0 (ties go to the lower partition)
        assertThat(partitions).containsOnlyKeys("partition0", "partition1");
        assertThat(codes(partitions, "partition0")).containsExactly("P1", "P4", "P5");
        assertThat(codes(partitions, "partition1")).containsExactly("P2", "P3");
        // a worker step reads one project at a time: its progress total is its project count
        assertThat(partitions.get("partition0").getLong(ProgressTotal.TOTAL)).isEqualTo(3);
        assertThat(partitions.get("partition1").getLong(ProgressTotal.TOTAL)).isEqualTo(2);
    }

    @Test
    void projectsWithoutHouseholdsWeighOneAndAreDealtInCodeOrder() {
        // given
        ProjectPartitioner partitioner = new ProjectPartitioner(List.of("XM10", "XM2", "XM1", "XM3"), Map.of());

        // when
        Map<String, ExecutionContext> partitions = partitioner.partition(3);

        // then: natural code order XM1, XM2, XM3, XM10 dealt round
        assertThat(codes(partitions, "partition0")).containsExactly("XM1", "XM10");
        assertThat(codes(partitions, "partition1")).containsExactly("XM2");
        assertThat(codes(partitions, "partition2")).containsExactly("XM3");
    }

    @Test
    void theSameProjectsAlwaysGiveTheSamePartitions() {
        // given
        Map<String, Long> households = Map.of("A", 5L, "B", 5L, "C", 7L, "D", 1L);

        // when
        Map<String, ExecutionContext> first = new ProjectPartitioner(List.of("D", "C", "B", "A"), households).partition(2);
        Map<String, ExecutionContext> second = new ProjectPartitioner(List.of("A", "B", "C", "D"), households).partition(2);

        // then
        assertThat(codes(first, "partition0")).isEqualTo(codes(second, "partition0")).containsExactly("C", "D");
        assertThat(codes(first, "partition1")).isEqualTo(codes(second, "partition1")).containsExactly("A", "B");
    }

    @Test
    void fewerProjectsThanPartitionsGiveOnePartitionEachAndNoneGiveOneEmpty() {
        // when
        Map<String, ExecutionContext> two = new ProjectPartitioner(List.of("A", "B"), Map.of()).partition(4);
        Map<String, ExecutionContext> none = new ProjectPartitioner(List.of(), Map.of()).partition(4);

        // then
        assertThat(two).containsOnlyKeys("partition0", "partition1");
        assertThat(none).containsOnlyKeys("partition0");
        assertThat(codes(none, "partition0")).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, ExecutionContext> partitions, String name) {
        return (List<String>) partitions.get(name).get(ProjectPartitioner.PROJECTS);
    }
}
