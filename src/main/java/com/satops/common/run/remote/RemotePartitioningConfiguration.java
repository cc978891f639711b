package com.satops.common.run.remote;

import com.satops.common.text.SystemLanguageMessages;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.integration.amqp.dsl.Amqp;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;

/**
 * The {@code remote} profile: per-project partitions go over one durable RabbitMQ
 * queue to {@code satops worker} processes sharing the job repository. One queue for
 * every partitioned step, not one per step: a worker serves whichever step is running,
 * so no worker idles on an empty queue while another step's partitions wait, and adding
 * a step needs no new queue. Requests are persistent, so a broker restart keeps them.
 */
@Configuration(proxyBeanMethods = false)
@Profile("remote")
@EnableIntegration
@EnableConfigurationProperties(RemoteProperties.class)
public class RemotePartitioningConfiguration {

    private static final SystemLanguageMessages MESSAGES = new SystemLanguageMessages("messages/common");

    /** Workers read and write the manager's job repository and tables: an H2 file of one home is not shared. */
    @Bean
    Queue satopsPartitionQueue(RemoteProperties properties, Environment environment) {
        if (!environment.matchesProfiles("mysql")) {
            throw new IllegalStateException(MESSAGES.get("remote.sharedDatabase"));
        }
        return new Queue(properties.queue(), true);
    }

    @Bean
    DirectChannel satopsPartitionRequests() {
        return new DirectChannel();
    }

    @Bean
    IntegrationFlow satopsPartitionRequestFlow(DirectChannel satopsPartitionRequests, RabbitTemplate rabbitTemplate,
                                               Queue satopsPartitionQueue) {
        return IntegrationFlow.from(satopsPartitionRequests)
                .transform(StepExecutionRequest.class, PartitionRequestCodec::encode)
                .handle(Amqp.outboundAdapter(rabbitTemplate)
                        .routingKey(satopsPartitionQueue.getName())
                        .defaultDeliveryMode(MessageDeliveryMode.PERSISTENT))
                .get();
    }

    @Bean
    RemotePartitionHandlers remotePartitionHandlers(DirectChannel satopsPartitionRequests,
                                                    JobRepository jobRepository, RemoteProperties properties) {
        return new RemotePartitionHandlers(new MessagingTemplate(satopsPartitionRequests), jobRepository,
                properties);
    }
}
