package com.satops.common.inbox;

import com.satops.common.run.PartitionNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits a kind's waiting files between the stage step's partitions, so that
 * reading and checking rows, the import's Java-bound half, uses every core.
 * A partition holds only its place (which slice of how many): each reader takes
 * its slice of the files the run registered, in name order, when it opens. A
 * restart keeps the places while the files are registered anew, and every file
 * is read by exactly one partition, in slices even by count (a big file makes
 * its slice the longer one).
 */
public class StagedFilePartitioner implements Partitioner {

    static final String SLICE = "stage.slice";
    static final String SLICES = "stage.slices";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int slices = Math.max(1, gridSize);
        Map<String, ExecutionContext> places = new LinkedHashMap<>();
        for (int i = 0; i < slices; i++) {
            ExecutionContext place = new ExecutionContext();
            place.putInt(SLICE, i);
            place.putInt(SLICES, slices);
            places.put(PartitionNames.place(i), place);
        }
        return places;
    }

    static boolean isPartition(ExecutionContext place) {
        return place != null && place.containsKey(SLICES);
    }

    /** The files of one slice: a contiguous run of the list, the slices as even in count as they can be. */
    static <T> List<T> slice(List<T> files, ExecutionContext place) {
        if (!isPartition(place)) {
            return files;
        }
        int slices = place.getInt(SLICES);
        int slice = place.getInt(SLICE);
        int from = (int) ((long) files.size() * slice / slices);
        int to = (int) ((long) files.size() * (slice + 1) / slices);
        return files.subList(from, to);
    }
}
