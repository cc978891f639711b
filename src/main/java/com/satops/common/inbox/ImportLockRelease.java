package com.satops.common.inbox;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/** Gives the import lock back after the import's last step, or after any of its steps that did not complete. */
@Component
public class ImportLockRelease implements StepExecutionListener {

    static final String LAST_STEP = "import-verdict";

    private final ImportLock lock;

    public ImportLockRelease(ImportLock lock) {
        this.lock = lock;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        // Any end but COMPLETED (failed, stopped, abandoned) ends the import: the lock goes too.
        if (LAST_STEP.equals(stepExecution.getStepName()) || stepExecution.getStatus() != BatchStatus.COMPLETED) {
            lock.release(stepExecution.getJobExecutionId());
        }
        return null;
    }
}
