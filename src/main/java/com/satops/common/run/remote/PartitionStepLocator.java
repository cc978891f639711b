package com.satops.common.run.remote;

import com.satops.common.run.ProjectPartitions;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepLocator;

/**
 * A worker's steps by the name the manager sends: the partition steps {@link ProjectPartitions}
 * built, and nothing else, so a request can run only a step that was meant to be partitioned.
 */
public class PartitionStepLocator implements StepLocator {

    private final ProjectPartitions partitions;

    public PartitionStepLocator(ProjectPartitions partitions) {
        this.partitions = partitions;
    }

    @Override
    public Step getStep(String stepName) {
        return partitions.workerStep(stepName);
    }
}
