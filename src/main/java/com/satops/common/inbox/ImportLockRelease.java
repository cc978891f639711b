package com.satops.common.inbox;

import java.util.ConcurrentModificationException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.stereotype.Component;

/**
 * Gives the import lock back after the import's last step, or after any of its steps that did not complete
 * while no other step of the run is still going: a merge and the next kind's stage run side by side, and the
 * lock stays while either works. Whatever is left held goes when the run ends ({@link ImportLock#runEnded}).
 */
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
        if (LAST_STEP.equals(stepExecution.getStepName())
                || stepExecution.getStatus() != BatchStatus.COMPLETED && !othersRunning(stepExecution)) {
            lock.release(stepExecution.getJobExecutionId());
        }
        return null;
    }

    private static boolean othersRunning(StepExecution ended) {
        try {
            return ended.getJobExecution().getStepExecutions().stream()
                    .anyMatch(step -> step.getId() != ended.getId() && step.getStatus().isRunning());
        } catch (ConcurrentModificationException e) {
            return true; // a step started as this one was looked at: the run's end releases the lock
        }
    }
}
