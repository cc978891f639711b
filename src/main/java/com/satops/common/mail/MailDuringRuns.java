package com.satops.common.mail;

import com.satops.common.config.SatopsProperties;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Sends the mails a run has committed while it is still running ({@code satops.mail.deliver-during-runs}), so
 * that a month's thousands of visit lists go out beside the writing of the next ones instead of all after the
 * run. Only what a run committed is due, exactly as after it. The process's deliveries ({@link #deliverNow}: a
 * run's end, the service's timer) wait for a pass under way, so a run's summary tells what is still waiting.
 * Claims keep deliverers of other processes from sending one mail twice.
 */
@Component
public class MailDuringRuns implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MailDuringRuns.class);

    private final MailDelivery delivery;
    private final AtomicInteger running = new AtomicInteger();
    private final ReentrantLock delivering = new ReentrantLock();
    private final ScheduledExecutorService ticks;

    public MailDuringRuns(MailDelivery delivery, SatopsProperties properties) {
        this.delivery = delivery;
        Duration every = properties.mail().deliverDuringRuns();
        if (every == null || every.isZero() || every.isNegative()) {
            this.ticks = null;
            return;
        }
        this.ticks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "satops-mail");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(this::tick, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void runStarted() {
        running.incrementAndGet();
    }

    public void runEnded() {
        running.decrementAndGet();
    }

    /** Delivers what is due now, after any pass under way; returns how many were sent. */
    public int deliverNow() {
        delivering.lock();
        try {
            return delivery.deliverDue();
        } finally {
            delivering.unlock();
        }
    }

    private void tick() {
        if (running.get() == 0 || !delivering.tryLock()) {
            return;
        }
        try {
            delivery.deliverDue();
        } catch (RuntimeException e) {
            log.warn("Mail delivery during a run failed; the mails stay queued: {}", e.getMessage());
        } finally {
            delivering.unlock();
        }
    }

    @Override
    public void destroy() {
        if (ticks != null) {
            ticks.shutdownNow();
        }
    }
}
