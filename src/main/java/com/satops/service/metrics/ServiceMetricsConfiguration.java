package com.satops.service.metrics;

import com.satops.service.InboxService;
import com.satops.service.MailService;
import com.satops.service.ServiceQueryMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the service reports besides Spring Batch's own job and step observations:
 * gauges of mails waiting and failed and files waiting in the inbox, and health
 * of the scheduler and the mail outbox (the database's health is Boot's).
 */
@Configuration(proxyBeanMethods = false)
public class ServiceMetricsConfiguration {

    /** A due mail still waiting after this long means delivery is not keeping up. */
    private static final Duration BACKLOG = Duration.ofHours(1);

    @Bean
    MeterBinder satopsGauges(MailService mails, InboxService inbox) {
        return registry -> {
            Gauge.builder("satops.mails", () -> mails.count("WAITING")).tag("status", "waiting")
                    .description("Mails in the outbox not yet sent").register(registry);
            Gauge.builder("satops.mails", () -> mails.count("FAILED")).tag("status", "failed")
                    .description("Mails given up after their last attempt").register(registry);
            Gauge.builder("satops.inbox.waiting", inbox::waitingCount)
                    .description("Files waiting in the inbox").register(registry);
        };
    }

    @Bean
    HealthIndicator schedulerHealthIndicator(Scheduler scheduler) {
        return () -> {
            try {
                Health.Builder health = scheduler.isStarted() && !scheduler.isInStandbyMode() && !scheduler.isShutdown()
                        ? Health.up() : Health.status(new Status("STANDBY"));
                return health.withDetail("instanceId", scheduler.getSchedulerInstanceId())
                        .withDetail("clustered", scheduler.getMetaData().isJobStoreClustered()).build();
            } catch (SchedulerException e) {
                return Health.down(e).build();
            }
        };
    }

    @Bean
    HealthIndicator mailOutboxHealthIndicator(ServiceQueryMapper queries, MailService mails, Clock clock) {
        return () -> {
            LocalDateTime oldest = queries.oldestDueMail();
            long failed = mails.count("FAILED");
            boolean backlog = oldest != null && oldest.isBefore(LocalDateTime.now(clock).minus(BACKLOG));
            Health.Builder health = backlog || failed > 0 ? Health.status(new Status("BACKLOG")) : Health.up();
            return health.withDetail("waiting", mails.count("WAITING")).withDetail("failed", failed).build();
        };
    }
}
