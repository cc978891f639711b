package com.satops.common.run;

import java.util.Arrays;
import java.util.List;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.step.Step;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * Work that needs nothing of other work runs at once, each flow on a thread of its
 * own, and the job goes on once all have ended (failed if any failed). The threads
 * are not the partitions' pool: a step here may itself be partitioned, and its
 * partitions must not wait for a thread this step holds.
 */
public final class SideBySide {

    private SideBySide() {
    }

    public static Flow of(Flow... flows) {
        String name = String.join("+", Arrays.stream(flows).map(Flow::getName).toList());
        return new FlowBuilder<Flow>(name).split(new SimpleAsyncTaskExecutor("satops-side-")).add(flows).build();
    }

    /** Steps one after another, as one flow. */
    public static Flow inOrder(List<Step> steps) {
        FlowBuilder<Flow> flow = new FlowBuilder<Flow>(String.join(">", steps.stream().map(Step::getName).toList()))
                .start(steps.get(0));
        steps.subList(1, steps.size()).forEach(flow::next);
        return flow.build();
    }
}
