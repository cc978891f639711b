package com.satops.common.inbox;

import java.time.Clock;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Hands each row to its kind's stager, with the run it is staged for; the step's last row stays marked. */
public class RowStagingProcessor implements ItemProcessor<SourceRow, StagedRow>, StepExecutionListener {

    private final RowStager stager;
    private final Clock clock;
    private ImportRun run;

    public RowStagingProcessor(RowStager stager, Clock clock) {
        this.stager = stager;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = ImportRun.of(stepExecution, clock);
    }

    @Override
    public StagedRow process(SourceRow row) {
        StagedRow staged = stager.stage(row, run);
        return row.lastRow() ? staged.asLastRow() : staged;
    }
}
