package com.satops.service.api;

import com.satops.common.run.RunRequest;
import com.satops.common.run.RunStarted;
import com.satops.service.RunService;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Runs over HTTP (FORMATS §6): trigger, list, detail, reports, stop, restart, abandon. */
@RestController
@RequestMapping("/api")
public class RunsController {

    private final RunService runs;

    public RunsController(RunService runs) {
        this.runs = runs;
    }

    @PostMapping("/jobs/{job}/runs")
    public ResponseEntity<Map<String, Object>> trigger(@PathVariable String job,
                                                       @RequestParam(required = false) String month,
                                                       @RequestParam(required = false) String week,
                                                       @RequestParam(required = false) String date,
                                                       @RequestParam(required = false) String asOf,
                                                       @RequestParam(required = false) List<String> project,
                                                       @RequestParam(required = false) String locale) {
        return accepted(runs.trigger(job, new RunRequest(month, week, date, asOf, project, locale)));
    }

    @GetMapping("/runs")
    public List<Map<String, Object>> list(@RequestParam(required = false) String job,
                                          @RequestParam(required = false) String status,
                                          @RequestParam(defaultValue = "20") int limit) {
        return runs.list(job, status, limit).stream().map(run -> RunJson.of(run, false)).toList();
    }

    @GetMapping("/runs/{id}")
    public Map<String, Object> detail(@PathVariable long id) {
        return RunJson.of(runs.detail(id), true);
    }

    @GetMapping("/runs/{id}/reports/{file}")
    public ResponseEntity<Resource> report(@PathVariable long id, @PathVariable String file) {
        Path path = runs.report(id, file);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(path.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8)
                        .build().toString())
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new FileSystemResource(path));
    }

    @PostMapping("/runs/{id}/stop")
    public Map<String, Object> stop(@PathVariable long id) {
        return RunJson.of(runs.stop(id), true);
    }

    @PostMapping("/runs/{id}/restart")
    public ResponseEntity<Map<String, Object>> restart(@PathVariable long id) {
        return accepted(runs.restart(id));
    }

    @PostMapping("/runs/{id}/abandon")
    public Map<String, Object> abandon(@PathVariable long id) {
        return RunJson.of(runs.abandon(id), true);
    }

    private static ResponseEntity<Map<String, Object>> accepted(RunStarted started) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("executionId", started.executionId());
        body.put("job", started.parameters().job());
        body.put("parameters", started.parameters().describe());
        body.put("status", "STARTED");
        return ResponseEntity.accepted().location(URI.create("/api/runs/" + started.executionId())).body(body);
    }
}
