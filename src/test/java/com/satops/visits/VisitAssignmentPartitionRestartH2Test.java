package com.satops.visits;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunSummary;
import com.satops.support.FreshStart;
import com.satops.support.H2Database;
import com.satops.support.PartitionedRuns;
import com.satops.support.TestHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A partition that fails is the only one a restart runs again; the others keep what they wrote. */
@H2Database
@TestPropertySource(properties = "satops.partitions=4")
class VisitAssignmentPartitionRestartH2Test extends FreshStart {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @Autowired
    JobRunner runner;

    @Autowired
    JobRepository jobRepository;

    @Test
    void aRestartRunsAgainOnlyTheListsPartitionThatFailed() throws Exception {
        // given: one project's list workbook cannot be written
        PartitionedRuns.demoCompany(TestHome.DIR.resolve("inbox"), AS_OF);
        Path blocked = Files.createDirectories(TestHome.reports().resolve("2026-12")
                .resolve("visit-assignment-2026-12-XXHY.xlsx").resolve("in-the-way"));
        RunParameters month = JobCatalog.VISIT_ASSIGNMENT.parameters(null, null, AS_OF, List.of(), "zh-CN", AS_OF);

        // when
        RunSummary failed = runner.run(month);
        Files.delete(blocked);
        Files.delete(blocked.getParent());
        RunSummary restarted = runner.run(month);

        // then: deciding completed in every partition and is not run again; of the lists only XXHY's partition
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(partitions(failed, "visit-assignment-lists-projects:"))
                .filteredOn(step -> step.getStatus() == BatchStatus.FAILED).hasSize(1);
        assertThat(restarted.status()).isEqualTo("COMPLETED");
        assertThat(partitions(restarted, "visit-assignment-decide-projects:")).isEmpty();
        List<StepExecution> rerun = partitions(restarted, "visit-assignment-lists-projects:");
        assertThat(rerun).hasSize(1);
        assertThat(rerun.get(0).getStepName()).isEqualTo(partitions(failed, "visit-assignment-lists-projects:")
                .stream().filter(step -> step.getStatus() == BatchStatus.FAILED).findFirst().orElseThrow()
                .getStepName());
        assertThat(restarted.figures()).isEqualTo(failed.figures());
        assertThat(TestHome.reports().resolve("2026-12").resolve("visit-assignment-2026-12-XXHY.xlsx"))
                .isNotEmptyFile();
    }

    private List<StepExecution> partitions(RunSummary run, String prefix) {
        return jobRepository.getJobExecution(run.executionId()).getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith(prefix)).toList();
    }
}
