package com.satops.web;

import com.satops.common.run.AlreadyRunningException;
import com.satops.common.run.BadRunRequestException;
import com.satops.common.run.JobCatalog;
import com.satops.common.run.RunRequest;
import com.satops.common.run.RunStarted;
import com.satops.followup.DayClock;
import com.satops.service.NotFoundException;
import com.satops.service.RunService;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A form per job with the CLI's options and their defaults; a good one starts the run and opens its page. */
@Controller
public class TriggerPages {

    private final RunService runs;
    private final ConsoleJobs jobs;
    private final ProjectChoices projects;
    private final DayClock dayClock;

    public TriggerPages(RunService runs, ConsoleJobs jobs, ProjectChoices projects, DayClock dayClock) {
        this.runs = runs;
        this.jobs = jobs;
        this.projects = projects;
        this.dayClock = dayClock;
    }

    @GetMapping("/trigger")
    public String index(Model model) {
        model.addAttribute("jobs", jobs.all());
        return "console/trigger";
    }

    @GetMapping("/trigger/{job}")
    public String form(@PathVariable String job, Model model) {
        JobCatalog catalog = job(job);
        return show(TriggerForm.defaults(catalog, catalog.parameters(RunRequest.defaults(), dayClock.todayFor(catalog))),
                model);
    }

    @PostMapping("/trigger/{job}")
    public String trigger(@PathVariable String job, @RequestParam(required = false) String month,
                          @RequestParam(required = false) String week, @RequestParam(required = false) String date,
                          @RequestParam(required = false) String asOf,
                          @RequestParam(required = false) List<String> project,
                          @RequestParam(required = false) String locale, Model model) {
        JobCatalog catalog = job(job);
        RunRequest request = TriggerForm.request(catalog, month, week, date, asOf, project, locale);
        try {
            RunStarted started = runs.trigger(catalog.jobName(), request);
            return "redirect:/runs/" + started.executionId() + "?started";
        } catch (BadRunRequestException e) {
            return show(TriggerForm.posted(catalog, request).refusedWith(e), model);
        } catch (AlreadyRunningException e) {
            return show(TriggerForm.posted(catalog, request).failedWith(e.getMessage()), model);
        }
    }

    private String show(TriggerForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("projects", projects.projects());
        model.addAttribute("locales", JobCatalog.LOCALES);
        return "console/trigger-job";
    }

    private JobCatalog job(String name) {
        return jobs.byName(name).orElseThrow(() -> new NotFoundException("no job named '" + name + "'"));
    }
}
