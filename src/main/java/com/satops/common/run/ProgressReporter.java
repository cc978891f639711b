package com.satops.common.run;

import com.satops.common.config.SatopsProperties;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Says how a long step is getting on (step, items, rate) every few seconds, on
 * stderr and in the log, so an admin watching a million-row import sees it move.
 */
@Component
public class ProgressReporter implements ChunkListener<Object, Object>, StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger("com.satops.progress");

    private final long intervalNanos;
    private final ThreadLocal<StepClock> clock = new ThreadLocal<>();

    public ProgressReporter(SatopsProperties properties) {
        Duration interval = properties.progressInterval() == null ? Duration.ofSeconds(5) : properties.progressInterval();
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        clock.set(new StepClock(stepExecution.getStepName(), System.nanoTime()));
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepClock step = clock.get();
        if (step == null) {
            return;
        }
        step.items += chunk.size();
        long now = System.nanoTime();
        if (now - step.lastReport >= intervalNanos) {
            step.lastReport = now;
            log.info("{}: {} items, {} items/s", step.name, step.items, step.rate(now));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepClock step = clock.get();
        clock.remove();
        if (step != null && step.items > 0) {
            log.info("{}: done, {} items, {} items/s", step.name, step.items, step.rate(System.nanoTime()));
        }
        return stepExecution.getExitStatus();
    }

    private static final class StepClock {
        private final String name;
        private final long started;
        private long lastReport;
        private long items;

        private StepClock(String name, long started) {
            this.name = name;
            this.started = started;
            this.lastReport = started;
        }

        private long rate(long now) {
            double seconds = Math.max((now - started) / 1e9, 0.001);
            return Math.round(items / seconds);
        }
    }
}
