package com.satops.schedule;

import com.satops.common.run.BadRunRequestException;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.common.run.RunLedgerMapper;
import com.satops.common.run.RunParameters;
import com.satops.common.run.RunRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin HTTP API of `satops serve`: list jobs, trigger a run (same
 * parameters and defaults as the CLI), read recent run summaries.
 * Runs go through one worker so two never overlap.
 */
@RestController
@RequestMapping("/api")
public class AdminController {

    private final JobRunner runner;
    private final RunLedgerMapper ledger;
    private final ScheduleFiles schedules;
    private final ExecutorService worker = Executors.newSingleThreadExecutor();

    public AdminController(JobRunner runner, RunLedgerMapper ledger, ScheduleFiles schedules) {
        this.runner = runner;
        this.ledger = ledger;
        this.schedules = schedules;
    }

    @GetMapping("/jobs")
    public List<Map<String, String>> jobs() {
        return List.of(JobCatalog.values()).stream()
                .map(j -> Map.of("job", j.jobName(), "description", j.description())).toList();
    }

    @GetMapping("/schedules")
    public List<ScheduleDefinition> schedules() {
        return schedules.load();
    }

    @PostMapping("/jobs/{job}/runs")
    public ResponseEntity<Map<String, Object>> run(@PathVariable String job,
                                                   @RequestParam(required = false) String month,
                                                   @RequestParam(required = false) String week,
                                                   @RequestParam(required = false) String date,
                                                   @RequestParam(required = false) String asOf,
                                                   @RequestParam(required = false) List<String> project,
                                                   @RequestParam(required = false) String locale) {
        JobCatalog catalog = JobCatalog.byName(job).orElse(null);
        if (catalog == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "unknown job " + job));
        }
        RunParameters parameters;
        try {
            parameters = catalog.parameters(new RunRequest(month, week, date, asOf, project, locale), LocalDate.now());
        } catch (BadRunRequestException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        worker.submit(() -> runner.run(parameters));
        return ResponseEntity.accepted().body(Map.of("job", job, "parameters", parameters.describe(),
                "status", "QUEUED", "summaries", "/api/runs"));
    }

    @GetMapping(value = "/runs", produces = "application/json")
    public String runs(@RequestParam(defaultValue = "20") int limit) {
        return "[" + String.join(",", ledger.recentSummaries(Math.min(limit, 200))) + "]";
    }
}
