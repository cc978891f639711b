package com.satops.common.run.remote;

import com.satops.common.run.ProjectPartitions;
import org.springframework.amqp.core.AcknowledgeMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * A {@code satops worker} process: {@code satops.remote.concurrency} consumers on the
 * partition queue, each running its partition on its own listener thread, one unacknowledged
 * request at a time (prefetch 1). The request is acknowledged when its partition has ended,
 * never when it is handed over: no local queue holds requests a dying worker would lose, and
 * the next request goes to whichever worker is free, so 200 partitions spread over the workers.
 */
@Configuration(proxyBeanMethods = false)
@Profile("remote")
@ConditionalOnBooleanProperty("satops.remote.worker")
public class PartitionWorkerConfiguration {

    @Bean
    SimpleMessageListenerContainer satopsPartitionListener(ConnectionFactory connectionFactory,
                                                           Queue satopsPartitionQueue, RemoteProperties properties) {
        SimpleMessageListenerContainer container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueues(satopsPartitionQueue);
        container.setConcurrentConsumers(properties.consumers());
        container.setPrefetchCount(1);
        container.setAcknowledgeMode(AcknowledgeMode.AUTO);
        // A request that could not be handled (the database out of reach) goes back to the queue.
        container.setDefaultRequeueRejected(true);
        container.setShutdownTimeout(properties.drainTimeout().toMillis());
        return container;
    }

    @Bean
    PartitionRequestHandler partitionRequestHandler(JobRepository jobRepository, ProjectPartitions partitions) {
        return new PartitionRequestHandler(jobRepository, new PartitionStepLocator(partitions));
    }

    @Bean
    IntegrationFlow satopsPartitionWorkerFlow(SimpleMessageListenerContainer satopsPartitionListener,
                                              PartitionRequestHandler partitionRequestHandler) {
        return IntegrationFlow.from(Amqp.inboundAdapter(satopsPartitionListener))
                .transform(byte[].class, PartitionRequestCodec::decode)
                .handle(StepExecutionRequest.class, (request, headers) -> {
                    partitionRequestHandler.handle(request);
                    return null;
                })
                .get();
    }
}
