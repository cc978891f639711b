package com.satops.common.run.remote;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code remote} profile's settings (application.yml, README "Adding workers"):
 * the queue partition requests wait in, how many partitions a per-project step is
 * cut into, how often and how long the manager polls the job repository for them,
 * and a worker's consumers and drain time on SIGTERM.
 *
 * @param queue        durable queue shared by a manager and its workers
 * @param partitions   partitions per per-project step; 0: one per project
 * @param pollInterval how often the manager reads the partitions' statuses
 * @param timeout      how long the manager waits for all partitions before the step fails
 * @param concurrency  partitions one worker runs at once; 0: one per available processor
 * @param drainTimeout how long a stopping worker waits for the partitions it is running
 * @param worker       whether this process consumes the queue (set by {@code satops worker})
 */
@ConfigurationProperties("satops.remote")
public record RemoteProperties(String queue, int partitions, Duration pollInterval, Duration timeout,
                               int concurrency, Duration drainTimeout, boolean worker) {

    /** The grid size handed to the partitioner, which gives no more partitions than projects. */
    public int gridSize() {
        return partitions > 0 ? partitions : Integer.MAX_VALUE;
    }

    public int consumers() {
        return concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors();
    }
}
