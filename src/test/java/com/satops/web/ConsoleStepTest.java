package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.service.StepView;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleStepTest {

    @Test
    void completedPartitionsFoldIntoTheirStepAndOthersShowUnderIt() {
        List<StepView> steps = List.of(
                step("import-erp-stage", "COMPLETED"),
                step("import-erp-stage-files:partition0", "COMPLETED"),
                step("import-erp-merge", "COMPLETED"),
                step("import-erp-stage-files:partition1", "COMPLETED"),
                step("visit-assignment-lists", "FAILED"),
                step("visit-assignment-lists-projects:partition0", "COMPLETED"),
                step("visit-assignment-lists-projects:partition1", "FAILED"),
                step("orphan-projects:partition0", "STARTED"));

        List<ConsoleStep> rows = ConsoleStep.fold(steps);

        assertThat(rows).extracting(row -> row.step().name()).containsExactly(
                "import-erp-stage", "import-erp-merge", "visit-assignment-lists",
                "visit-assignment-lists-projects:partition1", "orphan-projects:partition0");
        assertThat(rows).extracting(ConsoleStep::partitions).containsExactly(2, 0, 2, 0, 0);
        assertThat(rows).extracting(ConsoleStep::partition).containsExactly(false, false, false, true, true);
    }

    private static StepView step(String name, String status) {
        return new StepView(name, status, 0, 0, 0, 1L);
    }
}
