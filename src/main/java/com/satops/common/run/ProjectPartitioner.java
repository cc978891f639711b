package com.satops.common.run;

import com.satops.common.text.NaturalOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Spreads a run's projects over partitions, each partition's execution context
 * holding its project codes. Biggest projects first, each to the partition with
 * the fewest households so far (ties: the lower partition), so two cores finish
 * about together; the same projects and counts always give the same partitions.
 * Fewer projects than partitions give one partition per project; no projects give
 * one empty partition, so the step still runs and completes. A partition's
 * {@link ProgressTotal#TOTAL} is its project count, the items of a worker step
 * that reads one project at a time.
 */
public class ProjectPartitioner implements Partitioner {

    /** The execution-context key of a partition's project codes. */
    public static final String PROJECTS = "satops.projects";

    private final List<String> projects;
    private final Map<String, Long> households;

    /**
     * @param projects   the run's projects in scope
     * @param households households per project; a project missing here weighs as one
     */
    public ProjectPartitioner(List<String> projects, Map<String, Long> households) {
        this.projects = List.copyOf(projects);
        this.households = Map.copyOf(households);
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int size = Math.max(1, Math.min(gridSize, projects.size()));
        List<List<String>> groups = new ArrayList<>();
        long[] load = new long[size];
        for (int i = 0; i < size; i++) {
            groups.add(new ArrayList<>());
        }
        List<String> biggestFirst = projects.stream().distinct()
                .sorted(Comparator.comparingLong(this::weight).reversed().thenComparing(NaturalOrder.INSTANCE))
                .toList();
        for (String project : biggestFirst) {
            int lightest = 0;
            for (int i = 1; i < size; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            groups.get(lightest).add(project);
            load[lightest] += weight(project);
        }
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
            List<String> codes = new ArrayList<>(groups.get(i));
            codes.sort(NaturalOrder.INSTANCE);
            ExecutionContext context = new ExecutionContext();
            context.put(PROJECTS, codes);
            context.putLong(ProgressTotal.TOTAL, codes.size());
            partitions.put(PartitionNames.place(i), context);
        }
        return partitions;
    }

    /** The project codes of the partition a worker step runs, in code order. */
    public static List<String> projects(StepExecution partition) {
        Object stored = partition.getExecutionContext().get(PROJECTS);
        if (!(stored instanceof List<?> codes)) {
            throw new IllegalStateException(partition.getStepName() + " is not a project partition");
        }
        return codes.stream().map(String.class::cast).toList();
    }

    private long weight(String project) {
        return Math.max(1, households.getOrDefault(project, 1L));
    }
}
