package com.satops.common.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Every waiting file is staged by exactly one partition, in name order within it. */
class StagedFilePartitionerTest {

    @Test
    void theSlicesCoverTheFilesOnceInOrderAndEvenly() {
        for (int partitions = 1; partitions <= 4; partitions++) {
            for (int count = 0; count <= 11; count++) {
                List<Integer> files = IntStream.range(0, count).boxed().toList();
                List<Integer> read = new ArrayList<>();
                List<Integer> sizes = new ArrayList<>();
                for (ExecutionContext place : new StagedFilePartitioner().partition(partitions).values()) {
                    List<Integer> slice = StagedFilePartitioner.slice(files, place);
                    read.addAll(slice);
                    sizes.add(slice.size());
                }
                assertThat(read).as("%d files in %d partitions", count, partitions).isEqualTo(files);
                assertThat(sizes).hasSize(partitions);
                assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElse(0)
                        - sizes.stream().mapToInt(Integer::intValue).min().orElse(0)).isLessThanOrEqualTo(1);
            }
        }
    }

    @Test
    void aStepWithoutAPlaceReadsEveryFile() {
        assertThat(StagedFilePartitioner.slice(List.of("a.csv", "b.csv"), new ExecutionContext()))
                .containsExactly("a.csv", "b.csv");
        assertThat(StagedFilePartitioner.slice(List.of("a.csv"), null)).containsExactly("a.csv");
    }
}
