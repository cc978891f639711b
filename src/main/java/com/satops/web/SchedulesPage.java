package com.satops.web;

import com.satops.service.ScheduleService;
import com.satops.service.ScheduleView;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The schedules page: each cron in words and as written, its next fire times, pause and resume. */
@Controller
public class SchedulesPage {

    private final ScheduleService schedules;
    private final CronInWords cronInWords;

    public SchedulesPage(ScheduleService schedules, MessageSource messages) {
        this.schedules = schedules;
        this.cronInWords = new CronInWords(messages);
    }

    @GetMapping("/schedules")
    public String schedules(Model model, Locale locale) {
        model.addAttribute("schedules", lines(schedules.list(), locale));
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

    List<ScheduleLine> lines(List<ScheduleView> views, Locale locale) {
        return views.stream().map(v -> line(v, locale)).toList();
    }

    ScheduleLine line(ScheduleView view, Locale locale) {
        return ScheduleLine.of(view, cronInWords.describe(view.cron(), locale).orElse(null));
    }
}
