package com.satops.common.inbox;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** The import's first step: waits for any other import to finish, then holds the lock until this one ends. */
@Component
public class ImportLockTasklet implements Tasklet {

    private final ImportLock lock;

    public ImportLockTasklet(ImportLock lock) {
        this.lock = lock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        lock.acquire(contribution.getStepExecution().getJobExecutionId());
        return RepeatStatus.FINISHED;
    }
}
