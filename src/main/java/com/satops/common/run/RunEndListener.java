package com.satops.common.run;

import org.springframework.batch.core.job.JobExecution;

/** Told once about every run that ended in this process, after its summary is stored (e.g. alerts). */
public interface RunEndListener {

    void runEnded(JobExecution execution, RunSummary summary);
}
