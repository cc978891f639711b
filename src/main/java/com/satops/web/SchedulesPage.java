package com.satops.web;

import com.satops.service.ScheduleService;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The schedules page: each cron in words and as written, its next fire times, pause and resume. */
@Controller
public class SchedulesPage {

    private final ScheduleService schedules;
    private final ScheduleLines lines;

    public SchedulesPage(ScheduleService schedules, ScheduleLines lines) {
        this.schedules = schedules;
        this.lines = lines;
    }

    @GetMapping("/schedules")
    public String schedules(Model model, Locale locale) {
        model.addAttribute("schedules", schedules.list().stream().map(s -> lines.of(s, locale)).toList());
        return "console/schedules";
    }

    @PostMapping("/schedules/{job}/pause")
    public String pause(@PathVariable String job) {
        schedules.pause(job);
        return "redirect:/schedules";
    }

    @PostMapping("/schedules/{job}/resume")
    public String resume(@PathVariable String job) {
        schedules.resume(job);
        return "redirect:/schedules";
    }
}
