package com.satops.web;

import com.satops.service.MailRow;
import com.satops.service.MailService;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The mail outbox: waiting, sent and failed mails with their attempts, their retries after an uncertain send
 * (a possible duplicate) and their error; resend one, or all of a job's period.
 */
@Controller
public class MailOutboxPage {

    static final List<String> STATUSES = List.of("WAITING", "SENT", "FAILED");

    private final MailService mails;
    private final ConsoleJobs jobs;

    public MailOutboxPage(MailService mails, ConsoleJobs jobs) {
        this.mails = mails;
        this.jobs = jobs;
    }

    public record MailFilter(String status, String job, String period) {

        public MailFilter {
            status = blankToNull(status);
            job = blankToNull(job);
            period = blankToNull(period);
        }
    }

    @GetMapping("/mails")
    public String list(MailFilter filter, Model model) {
        model.addAttribute("filter", filter);
        List<MailRow> listed = mails.list(filter.status(), filter.job(), filter.period());
        model.addAttribute("mails", listed);
        model.addAttribute("retriedMails", listed.stream().filter(mail -> mail.retried() > 0).count());
        model.addAttribute("mailStatuses", STATUSES);
        model.addAttribute("jobNames", jobs.names());
        return "console/mails";
    }

    @PostMapping("/mails/{id}/resend")
    public String resend(@PathVariable long id, RedirectAttributes redirect) {
        mails.resend(id);
        redirect.addAttribute("resent", 1);
        return "redirect:/mails";
    }

    /** Every mail of the job's period queued again: each recipient gets it once more. */
    @PostMapping("/mails/resend")
    public String resendPeriod(@RequestParam String job, @RequestParam String period, RedirectAttributes redirect) {
        List<MailRow> ofPeriod = mails.list(null, job, period);
        ofPeriod.forEach(mail -> mails.resend(mail.mailId()));
        redirect.addAttribute("resent", ofPeriod.size());
        redirect.addAttribute("job", job);
        redirect.addAttribute("period", period);
        return "redirect:/mails";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
