package com.satops.web;

import com.satops.common.run.ProgressTotal;
import com.satops.service.RunView;
import com.satops.service.StepView;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;

/**
 * How far a running run has got, for the run page's progress line: the step
 * under way, the items it has read (written, for a step that reads nothing),
 * and its rate over the time since the steps before it ended; where the step's
 * total is known, the percent done and the time left at that pace (null when not).
 */
public record RunProgress(String status, boolean running, String step, long items, long rate, long seconds,
                          Integer percent, String eta) {

    public RunProgress(String status, boolean running, String step, long items, long rate, long seconds) {
        this(status, running, step, items, rate, seconds, null, null);
    }

    public static RunProgress of(ConsoleRun run, LocalDateTime now) {
        RunView view = run.view();
        List<StepView> steps = view.steps();
        long elapsed = view.startedAt() == null ? 0 : Math.max(0, Duration.between(view.startedAt(),
                view.endedAt() == null ? now : view.endedAt()).toSeconds());
        if (steps.isEmpty()) {
            return new RunProgress(run.shownStatus(), run.running(), "", 0, 0, elapsed);
        }
        StepView current = steps.stream().filter(s -> s.durationSeconds() == null).reduce((a, b) -> b)
                .orElse(steps.get(steps.size() - 1));
        long before = steps.stream().filter(s -> s != current && s.durationSeconds() != null)
                .mapToLong(StepView::durationSeconds).sum();
        long items = current.read() > 0 ? current.read() : current.written();
        long stepSeconds = current.durationSeconds() != null ? current.durationSeconds() : elapsed - before;
        long rate = items == 0 ? 0 : Math.round(items / (double) Math.max(1, stepSeconds));
        ProgressTotal total = current.durationSeconds() == null ? current.progress() : null;
        if (total == null) {
            return new RunProgress(run.shownStatus(), run.running(), current.name(), items, rate, elapsed);
        }
        OptionalLong eta = total.etaSeconds(stepSeconds);
        return new RunProgress(run.shownStatus(), run.running(), current.name(), items, rate, elapsed,
                total.percent(), eta.isPresent() ? ProgressTotal.clock(eta.getAsLong()) : null);
    }
}
