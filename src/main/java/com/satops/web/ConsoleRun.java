package com.satops.web;

import com.satops.common.run.RunParameters;
import com.satops.common.run.RunSummary;
import com.satops.service.RunView;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A run as the pages show it: the service's view, with what a page decides from it (status shown, buttons). */
public record ConsoleRun(RunView view) {

    private static final int KEY_FIGURES = 4;
    private static final Set<String> RUNNING = Set.of("STARTING", "STARTED", "STOPPING");
    private static final Set<String> RESTARTABLE = Set.of("FAILED", "STOPPED", "UNKNOWN");

    private RunSummary summary() {
        return view.summary();
    }

    public long executionId() {
        return view.executionId();
    }

    public String job() {
        return summary().job();
    }

    public String status() {
        return summary().status();
    }

    /** DEAD stands in for a status that says running when the process running it has died. */
    public String shownStatus() {
        return view.leftByDeadProcess() ? "DEAD" : status();
    }

    public boolean leftByDeadProcess() {
        return view.leftByDeadProcess();
    }

    /** Really running: the page refreshes its progress. */
    public boolean running() {
        return RUNNING.contains(status()) && !view.leftByDeadProcess();
    }

    public boolean stoppable() {
        return running() && !"STOPPING".equals(status());
    }

    public boolean restartable() {
        return RESTARTABLE.contains(status()) || view.leftByDeadProcess();
    }

    public boolean abandonable() {
        return restartable();
    }

    public Map<String, String> parameters() {
        return summary().parameters() == null ? Map.of() : summary().parameters();
    }

    /** The month, week or day the run is for. */
    public String period() {
        Map<String, String> parameters = parameters();
        for (String key : List.of(RunParameters.MONTH, RunParameters.WEEK, RunParameters.DATE)) {
            if (parameters.containsKey(key)) {
                return parameters.get(key);
            }
        }
        return "";
    }

    public Map<String, Object> figures() {
        return summary().figures() == null ? Map.of() : summary().figures();
    }

    /** The first figures of the job, the ones its summary leads with. */
    public Map<String, Object> keyFigures() {
        Map<String, Object> first = new LinkedHashMap<>();
        figures().entrySet().stream().limit(KEY_FIGURES).forEach(e -> first.put(e.getKey(), e.getValue()));
        return first;
    }

    public String message() {
        return summary().message();
    }

    public long dataIssues() {
        return summary().dataIssues();
    }

    /** The report files by name, the way the download link names them. */
    public List<String> reportFiles() {
        return summary().reports() == null ? List.of()
                : summary().reports().stream().map(r -> Path.of(r).getFileName().toString()).toList();
    }

    public LocalDateTime startedAt() {
        return view.startedAt();
    }

    public LocalDateTime endedAt() {
        return view.endedAt();
    }

    public Long durationSeconds() {
        return view.durationSeconds();
    }
}
