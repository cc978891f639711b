package com.satops.common.run;

import com.satops.common.config.SatopsProperties;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.stereotype.Component;

/**
 * Says how a long step is getting on (step, items, rate, and where the step's
 * total is known its percent and ETA) every few seconds, on stderr and in the
 * log, so an admin watching a million-row import sees it move. The total is the
 * item count a step put under {@link ProgressTotal#TOTAL} in its execution
 * context, or the bytes a {@link ProgressTotal.Meter} measures (see
 * {@link #measuredBy}). The progress is kept in the step's execution context,
 * saved with each chunk, for the console's run page.
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

    /** A listener for a step whose progress is the bytes the meter has read of the bytes it will read. */
    public Measured measuredBy(ProgressTotal.Meter meter) {
        return new Measured(meter);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        start(stepExecution, null);
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        StepClock step = clock.get();
        if (step == null) {
            return;
        }
        step.items += chunk.size();
        ProgressTotal progress = step.progress();
        if (progress != null) {
            progress.store(step.execution.getExecutionContext());
        }
        long now = System.nanoTime();
        if (now - step.lastReport >= intervalNanos) {
            step.lastReport = now;
            log.info(line(step.name, step.items, step.seconds(now), progress));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        StepClock step = clock.get();
        clock.remove();
        if (step != null && step.items > 0) {
            log.info(String.format(Locale.ROOT, "%s: done, %,d items, %,d items/s", step.name, step.items,
                    rate(step.items, step.seconds(System.nanoTime()))));
        }
        return stepExecution.getExitStatus();
    }

    /** The progress line: items and rate, then percent of the total and ETA where the total is known. */
    static String line(String step, long items, double seconds, ProgressTotal progress) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %,d items, %,d items/s",
                step, items, rate(items, seconds)));
        if (progress != null) {
            line.append(String.format(Locale.ROOT, ", %d %% of %s", progress.percent(), progress.totalText()));
            OptionalLong eta = progress.etaSeconds(seconds);
            if (eta.isPresent()) {
                line.append(", ETA ").append(ProgressTotal.clock(eta.getAsLong()));
            }
        }
        return line.toString();
    }

    static long rate(long items, double seconds) {
        return Math.round(items / Math.max(seconds, 0.001));
    }

    private void start(StepExecution stepExecution, ProgressTotal.Meter meter) {
        Long total = stepExecution.getExecutionContext().containsKey(ProgressTotal.TOTAL)
                && meter == null ? stepExecution.getExecutionContext().getLong(ProgressTotal.TOTAL) : null;
        clock.set(new StepClock(stepExecution, System.nanoTime(), total, meter));
    }

    /** This reporter for a step measured in bytes; register it on the step in place of the reporter. */
    public final class Measured implements ChunkListener<Object, Object>, StepExecutionListener {

        private final ProgressTotal.Meter meter;

        private Measured(ProgressTotal.Meter meter) {
            this.meter = meter;
        }

        @Override
        public void beforeStep(StepExecution stepExecution) {
            start(stepExecution, meter);
        }

        @Override
        public void afterChunk(Chunk<Object> chunk) {
            ProgressReporter.this.afterChunk(chunk);
        }

        @Override
        public ExitStatus afterStep(StepExecution stepExecution) {
            return ProgressReporter.this.afterStep(stepExecution);
        }
    }

    private static final class StepClock {
        private final StepExecution execution;
        private final String name;
        private final long started;
        private final Long total;
        private final ProgressTotal.Meter meter;
        private long lastReport;
        private long items;

        private StepClock(StepExecution execution, long started, Long total, ProgressTotal.Meter meter) {
            this.execution = execution;
            this.name = execution.getStepName();
            this.started = started;
            this.lastReport = started;
            this.total = total;
            this.meter = meter;
        }

        private ProgressTotal progress() {
            if (meter != null) {
                long bytes = meter.bytesTotal();
                return bytes > 0 ? new ProgressTotal(meter.bytesDone(), bytes, true) : null;
            }
            return total == null ? null : new ProgressTotal(items, total, false);
        }

        private double seconds(long now) {
            return (now - started) / 1e9;
        }
    }
}
