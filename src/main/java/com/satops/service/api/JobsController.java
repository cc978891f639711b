package com.satops.service.api;

import com.satops.common.run.JobCatalog;
import com.satops.common.run.JobRunner;
import com.satops.service.RunService;
import com.satops.service.RunView;
import com.satops.service.ScheduleService;
import com.satops.service.ScheduleView;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Jobs and their schedules over HTTP (FORMATS §6). */
@RestController
@RequestMapping("/api")
public class JobsController {

    private final JobRunner runner;
    private final RunService runs;
    private final ScheduleService schedules;

    public JobsController(JobRunner runner, RunService runs, ScheduleService schedules) {
        this.runner = runner;
        this.runs = runs;
        this.schedules = schedules;
    }

    @GetMapping("/jobs")
    public List<Map<String, Object>> jobs() {
        Map<String, RunView> last = new HashMap<>();
        runs.lastRuns().forEach(run -> last.put(run.summary().job(), run));
        Map<String, ScheduleView> scheduled = new HashMap<>();
        schedules.list().forEach(schedule -> scheduled.put(schedule.job(), schedule));
        return List.of(JobCatalog.values()).stream().filter(job -> runner.hasJob(job.jobName())).map(job -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("job", job.jobName());
            json.put("description", job.description());
            json.put("schedule", scheduled.get(job.jobName()));
            RunView run = last.get(job.jobName());
            json.put("lastRun", run == null ? null : Map.of("executionId", run.executionId(), "status", run.status(),
                    "startedAt", String.valueOf(run.startedAt()), "endedAt", String.valueOf(run.endedAt())));
            return json;
        }).toList();
    }

    @GetMapping("/schedules")
    public List<ScheduleView> schedules() {
        return schedules.list();
    }

    @PostMapping("/schedules/{job}/pause")
    public ScheduleView pause(@PathVariable String job) {
        return schedules.pause(job);
    }

    @PostMapping("/schedules/{job}/resume")
    public ScheduleView resume(@PathVariable String job) {
        return schedules.resume(job);
    }
}
