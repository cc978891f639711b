package com.satops.web;

import static com.satops.common.run.PartitionNames.isPartition;

import com.satops.common.run.PartitionNames;
import com.satops.service.StepView;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the run page's step table. A partitioned step's partitions fold into
 * its row as a count ({@code import-erp-stage}: 2 partitions); a partition shows
 * a row of its own, under its step, only while it has not completed, so a failed
 * or running one is still there to see. The API keeps every step execution.
 */
public record ConsoleStep(StepView step, int partitions, boolean partition) {

    static List<ConsoleStep> fold(List<StepView> steps) {
        List<String> managers = steps.stream().map(StepView::name).filter(name -> !isPartition(name)).toList();
        List<ConsoleStep> rows = new ArrayList<>();
        for (StepView step : steps) {
            if (isPartition(step.name())) {
                if (managerOf(step.name(), managers) == null && !"COMPLETED".equals(step.status())) {
                    rows.add(new ConsoleStep(step, 0, true));
                }
                continue;
            }
            List<StepView> own = steps.stream()
                    .filter(s -> isPartition(s.name()) && step.name().equals(managerOf(s.name(), managers)))
                    .toList();
            rows.add(new ConsoleStep(step, own.size(), false));
            own.stream().filter(s -> !"COMPLETED".equals(s.status()))
                    .forEach(s -> rows.add(new ConsoleStep(s, 0, true)));
        }
        return rows;
    }

    /** The step whose name is the longest start of the partition's worker name. */
    private static String managerOf(String partition, List<String> managers) {
        String worker = PartitionNames.workerOf(partition);
        String found = null;
        for (String manager : managers) {
            if (worker.startsWith(manager) && (found == null || manager.length() > found.length())) {
                found = manager;
            }
        }
        return found;
    }
}
