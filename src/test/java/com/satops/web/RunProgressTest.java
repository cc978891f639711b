package com.satops.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.satops.common.run.ProgressTotal;
import com.satops.common.run.RunSummary;
import com.satops.service.RunView;
import com.satops.service.StepView;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunProgressTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 30, 6, 0, 0);

    @Test
    void theStepUnderWayWithItsItemsAndRateSinceTheStepsBeforeIt() {
        ConsoleRun run = run("STARTED", null, List.of(
                new StepView("import-scan", "COMPLETED", 0, 0, 0, 2L),
                new StepView("import-erp-stage", "COMPLETED", 9000, 9000, 0, 8L),
                new StepView("import-crm-stage", "STARTED", 3000, 2000, 0, null)));

        RunProgress progress = RunProgress.of(run, START.plusSeconds(16));

        assertThat(progress).isEqualTo(new RunProgress("STARTED", true, "import-crm-stage", 3000, 500, 16));
    }

    @Test
    void aStepWhoseTotalIsKnownShowsItsPercentAndTimeLeftAtItsPace() {
        ConsoleRun run = run("STARTED", null, List.of(
                new StepView("import-scan", "COMPLETED", 0, 0, 0, 2L),
                new StepView("import-erp-stage", "STARTED", 3000, 2000, 0, null,
                        new ProgressTotal(4_000_000, 10_000_000, true))));

        RunProgress progress = RunProgress.of(run, START.plusSeconds(42));

        assertThat(progress).isEqualTo(new RunProgress("STARTED", true, "import-erp-stage", 3000, 75, 42, 40, "1:00"));
    }

    @Test
    void aStepWithATotalButNothingDoneYetShowsItsPercentWithoutATimeLeft() {
        ConsoleRun run = run("STARTED", null, List.of(new StepView("visit-assignment-lists-projects:partition0",
                "STARTED", 0, 0, 0, null, new ProgressTotal(0, 12, false))));

        RunProgress progress = RunProgress.of(run, START.plusSeconds(5));

        assertThat(progress.percent()).isZero();
        assertThat(progress.eta()).isNull();
    }

    @Test
    void aStepThatReadsNothingCountsWhatItWrote() {
        ConsoleRun run = run("STARTED", null, List.of(new StepView("patrol-closeout-reports", "STARTED", 0, 3, 0,
                null)));

        assertThat(RunProgress.of(run, START.plusSeconds(3)).items()).isEqualTo(3);
    }

    @Test
    void anEndedRunIsNotRunningAndTakesItsOwnDuration() {
        ConsoleRun run = run("COMPLETED", START.plusSeconds(40), List.of(
                new StepView("import-scan", "COMPLETED", 0, 0, 0, 1L),
                new StepView("patrol-closeout-figures", "COMPLETED", 120, 120, 0, 4L)));

        RunProgress progress = RunProgress.of(run, START.plusSeconds(500));

        assertThat(progress).isEqualTo(new RunProgress("COMPLETED", false, "patrol-closeout-figures", 120, 30, 40));
    }

    @Test
    void aRunWithoutStepsYet() {
        assertThat(RunProgress.of(run("STARTING", null, List.of()), START.plusSeconds(1)))
                .isEqualTo(new RunProgress("STARTING", true, "", 0, 0, 1));
    }

    static ConsoleRun run(String status, LocalDateTime endedAt, List<StepView> steps) {
        RunSummary summary = new RunSummary("patrol-closeout", status, 7L, Map.of("week", "2026-W48"), Map.of(), 0,
                List.of(), 0, 0, 0L, 0, 0, null);
        return new ConsoleRun(new RunView(summary, START, endedAt, null, false, steps, List.of()));
    }
}
