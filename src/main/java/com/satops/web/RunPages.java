package com.satops.web;

import com.satops.common.run.RunStarted;
import com.satops.service.MailService;
import com.satops.service.RunDataIssue;
import com.satops.service.RunService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.core.BatchStatus;
import org.springframework.core.io.FileSystemResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The run list, a run's page and its progress, its reports, and the stop / restart / abandon buttons. */
@Controller
public class RunPages {

    private static final int LISTED = 200;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RunService runs;
    private final MailService mails;
    private final ConsoleJobs jobs;
    private final Clock clock;

    public RunPages(RunService runs, MailService mails, ConsoleJobs jobs, Clock clock) {
        this.runs = runs;
        this.mails = mails;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** What the run list is filtered by; a period is the run's month, week or day. */
    public record RunFilter(String job, String status, String period,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

        boolean admits(ConsoleRun run) {
            LocalDate day = run.startedAt() == null ? null : run.startedAt().toLocalDate();
            return (period == null || period.isBlank() || period.trim().equals(run.period()))
                    && (from == null || (day != null && !day.isBefore(from)))
                    && (to == null || (day != null && !day.isAfter(to)));
        }
    }

    @GetMapping("/runs")
    public String list(RunFilter filter, Model model) {
        List<ConsoleRun> listed = runs.list(filter.job(), filter.status(), LISTED).stream()
                .map(ConsoleRun::new).filter(filter::admits).toList();
        model.addAttribute("filter", filter);
        model.addAttribute("runs", listed);
        model.addAttribute("jobNames", jobs.names());
        model.addAttribute("statuses", Stream.of(BatchStatus.values()).map(Enum::name).toList());
        return "console/runs";
    }

    @GetMapping("/runs/{id}")
    public String run(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
        ConsoleRun run = new ConsoleRun(runs.detail(id));
        List<RunDataIssue> issues = run.view().issues();
        model.addAttribute("run", run);
        model.addAttribute("steps", ConsoleStep.fold(run.view().steps()));
        model.addAttribute("progress", RunProgress.of(run, LocalDateTime.now(clock)));
        model.addAttribute("issues", IssueSlice.of(issues, Math.max(run.dataIssues(), issues.size()), page));
        // Each mail is queued once per job, period, recipient and report: these are the ones runs of this period made.
        model.addAttribute("mails", mails.list(null, run.job(), run.period()));
        return "console/run";
    }

    @GetMapping(value = "/runs/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public RunProgress progress(@PathVariable long id) {
        return RunProgress.of(new ConsoleRun(runs.detail(id)), LocalDateTime.now(clock));
    }

    @GetMapping("/runs/{id}/reports/{file}")
    public ResponseEntity<FileSystemResource> report(@PathVariable long id, @PathVariable String file) {
        Path path = runs.report(id, file);
        return ResponseEntity.ok()
                .contentType(file.endsWith(".xlsx") ? XLSX : MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, java.nio.charset.StandardCharsets.UTF_8)
                                .build().toString())
                .body(new FileSystemResource(path));
    }

    @PostMapping("/runs/{id}/stop")
    public String stop(@PathVariable long id) {
        runs.stop(id);
        return "redirect:/runs/" + id;
    }

    @PostMapping("/runs/{id}/restart")
    public String restart(@PathVariable long id) {
        RunStarted started = runs.restart(id);
        return "redirect:/runs/" + started.executionId() + "?started";
    }

    @PostMapping("/runs/{id}/abandon")
    public String abandon(@PathVariable long id) {
        runs.abandon(id);
        return "redirect:/runs/" + id;
    }
}
