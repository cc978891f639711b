package com.satops.common.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** Partitions keep their places across restarts, even where a kill came between creating one and saving its place. */
@H2Database
class PartitionPlacesH2Test extends FreshStart {

    static final JobParameters PARAMETERS = new JobParametersBuilder().addString("run", "places").toJobParameters();

    @Autowired
    JobRepository repository;

    /** A and D to partition0, B and C to partition1. */
    final ProjectPartitioner byHouseholds = new ProjectPartitioner(List.of("A", "B", "C", "D"),
            Map.of("A", 40L, "B", 30L, "C", 20L, "D", 10L));

    @Test
    void aRestartCutOffBeforeAPartitionsPlaceWasSavedLeavesThePlaceOfTheAttemptBefore() throws Exception {
        JobInstance instance = repository.createJobInstance("places", PARAMETERS);
        JobExecution first = attempt(instance);
        Map<String, StepExecution> firstSplit = byName(places(byHouseholds, false).split(manager(first), 2));
        end(firstSplit.get("worker:partition0"), BatchStatus.COMPLETED);
        end(firstSplit.get("worker:partition1"), BatchStatus.FAILED);
        end(first);
        // the second attempt was killed after creating partition1's execution, before saving its place
        JobExecution second = attempt(instance);
        end(repository.createStepExecution("worker:partition1", second), BatchStatus.FAILED);
        end(second);

        // households changed meanwhile: spread anew, the projects would go otherwise
        ProjectPartitioner now = new ProjectPartitioner(List.of("A", "B", "C", "D"), Map.of("D", 100L));
        Map<String, StepExecution> restart = byName(places(now, false).split(manager(attempt(instance)), 2));

        assertThat(restart).containsOnlyKeys("worker:partition1");
        assertThat(ProjectPartitioner.projects(restart.get("worker:partition1"))).containsExactly("B", "C");
    }

    @Test
    void partitionsThatAllRunAgainTakeThePartitionersPlacesEveryTime() throws Exception {
        JobInstance instance = repository.createJobInstance("places", PARAMETERS);
        JobExecution first = attempt(instance);
        byName(places(byHouseholds, true).split(manager(first), 2)).values()
                .forEach(partition -> end(partition, BatchStatus.COMPLETED));
        end(first);

        ProjectPartitioner now = new ProjectPartitioner(List.of("A", "B", "C", "D"), Map.of("D", 100L));
        Map<String, StepExecution> restart = byName(places(now, true).split(manager(attempt(instance)), 2));

        assertThat(restart).containsOnlyKeys("worker:partition0", "worker:partition1");
        assertThat(ProjectPartitioner.projects(restart.get("worker:partition0"))).containsExactly("D");
        assertThat(ProjectPartitioner.projects(restart.get("worker:partition1"))).containsExactly("A", "B", "C");
    }

    private PartitionPlaces places(ProjectPartitioner partitioner, boolean runAllAgain) {
        return new PartitionPlaces(repository, "worker", partitioner, runAllAgain);
    }

    private JobExecution attempt(JobInstance instance) {
        return repository.createJobExecution(instance, PARAMETERS, new ExecutionContext());
    }

    private StepExecution manager(JobExecution execution) {
        return repository.createStepExecution("manager", execution);
    }

    private void end(StepExecution step, BatchStatus status) {
        step.setStatus(status);
        step.setEndTime(LocalDateTime.now());
        repository.update(step);
    }

    private void end(JobExecution execution) {
        execution.getStepExecutions().stream().filter(step -> step.getStatus().isRunning())
                .forEach(step -> end(step, BatchStatus.FAILED));
        execution.setStatus(BatchStatus.FAILED);
        execution.setEndTime(LocalDateTime.now());
        repository.update(execution);
    }

    private static Map<String, StepExecution> byName(Set<StepExecution> executions) {
        Map<String, StepExecution> byName = new TreeMap<>();
        executions.forEach(execution -> byName.put(execution.getStepName(), execution));
        return byName;
    }
}
