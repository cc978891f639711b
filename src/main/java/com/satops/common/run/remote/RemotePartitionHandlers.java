package com.satops.common.run.remote;

import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.integration.core.MessagingTemplate;

/**
 * The manager's side of the {@code remote} profile: a per-project step's partitions
 * become requests on the queue, and the manager waits for them by polling the job
 * repository for their step executions (never by aggregating replies). Its wait is
 * therefore on this run's own step execution ids: another run of the same step, in
 * this process or another, can neither complete nor hold it up; and a partition
 * redelivered after its worker died is waited for until it really ends.
 */
public class RemotePartitionHandlers {

    private final MessagingTemplate requests;
    private final JobRepository jobRepository;
    private final RemoteProperties properties;

    public RemotePartitionHandlers(MessagingTemplate requests, JobRepository jobRepository,
                                   RemoteProperties properties) {
        this.requests = requests;
        this.jobRepository = jobRepository;
        this.properties = properties;
    }

    /** Partitions a worker runs as {@code worker}, found there by its name. */
    public PartitionHandler handler(Step worker) {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(worker.getName());
        handler.setGridSize(properties.gridSize());
        handler.setMessagingOperations(requests);
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(properties.pollInterval().toMillis());
        handler.setTimeout(properties.timeout().toMillis());
        try {
            handler.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return handler;
    }
}
