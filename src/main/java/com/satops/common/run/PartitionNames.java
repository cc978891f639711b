package com.satops.common.run;

/**
 * How a partition's step is named: {@code <step>:partition<N>}. The partitioners name the places, the splitter
 * the steps, and the stage's reader and the console tell a partition by its name, so the parts live here.
 */
public final class PartitionNames {

    private static final String SEPARATOR = ":";
    private static final String PLACE = "partition";
    private static final String MARK = SEPARATOR + PLACE;

    private PartitionNames() {
    }

    /** The name of the n-th place a partitioner hands out. */
    public static String place(int n) {
        return PLACE + n;
    }

    /** The step name of a manager's partition at a place. */
    static String step(String manager, String place) {
        return manager + SEPARATOR + place;
    }

    public static boolean isPartition(String stepName) {
        return stepName.contains(MARK);
    }

    /** The name a partition's step carries before its place: its worker step's. */
    public static String workerOf(String partitionStep) {
        return partitionStep.substring(0, partitionStep.indexOf(MARK));
    }
}
