package com.satops.service;

import com.satops.common.mail.MailDuringRuns;
import com.satops.service.alert.AlertProperties;
import com.satops.service.alert.Alerts;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What only a running service does (spring.quartz.auto-startup=true, as `serve`
 * sets it): registers the schedule files with the job store before the scheduler
 * starts, watches for late firings, and delivers the outbox every minute so
 * retries and resends go out between runs.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.quartz.auto-startup", havingValue = "true")
public class ServeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ServeConfiguration.class);

    @Bean
    SmartInitializingSingleton satopsScheduleRegistration(Scheduler scheduler, ScheduleFiles files) {
        return () -> {
            try {
                new ScheduleRegistrar(scheduler, files).register();
            } catch (org.quartz.SchedulerException e) {
                throw new IllegalStateException("cannot register the schedules: " + e.getMessage(), e);
            }
        };
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService satopsServiceTimers(Scheduler scheduler, Alerts alerts, AlertProperties properties,
                                                 MailDuringRuns mail, Clock clock) {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "satops-service-timer");
            thread.setDaemon(true);
            return thread;
        });
        LateFiringWatch watch = new LateFiringWatch(scheduler, alerts, properties.lateAfter(), clock);
        timers.scheduleWithFixedDelay(watch::check, 1, 1, TimeUnit.MINUTES);
        timers.scheduleWithFixedDelay(() -> {
            try {
                mail.deliverNow();
            } catch (RuntimeException e) {
                log.warn("Outbox delivery failed; mails stay queued: {}", e.getMessage());
            }
        }, 1, 1, TimeUnit.MINUTES);
        return timers;
    }
}
