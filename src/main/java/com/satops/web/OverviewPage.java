package com.satops.web;

import com.satops.common.run.JobCatalog;
import com.satops.service.InboxService;
import com.satops.service.MailService;
import com.satops.service.RunService;
import com.satops.service.ScheduleService;
import com.satops.service.ScheduleView;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview: what needs attention first, then each job with its schedule and last run. */
@Controller
public class OverviewPage {

    /** A mail still waiting after this long is a backlog, not one just queued. */
    static final Duration LONG_WAIT = Duration.ofHours(1);
    /** A mail retried after an uncertain send is shown for a week after it was queued. */
    static final Duration RECENT_RETRIES = Duration.ofDays(7);
    private static final Set<String> FAILED = Set.of("FAILED", "STOPPED", "UNKNOWN");

    private final RunService runs;
    private final ScheduleService schedules;
    private final MailService mails;
    private final InboxService inbox;
    private final ConsoleJobs jobs;
    private final ScheduleLines scheduleLines;
    private final Clock clock;

    public OverviewPage(RunService runs, ScheduleService schedules, MailService mails, InboxService inbox,
                              ConsoleJobs jobs, ScheduleLines scheduleLines, Clock clock) {
        this.runs = runs;
        this.schedules = schedules;
        this.mails = mails;
        this.inbox = inbox;
        this.jobs = jobs;
        this.scheduleLines = scheduleLines;
        this.clock = clock;
    }

    public record JobCard(String job, ScheduleLine schedule, ConsoleRun lastRun) {
    }

    /** What the admin should look at before anything else; calm when there is nothing. */
    public record Attention(List<ConsoleRun> failedRuns, List<ConsoleRun> deadRuns, long failedMails,
                            long mailsWaitingLong, long mailsRetried, long filesWaiting, long filesRefused) {

        public boolean calm() {
            return failedRuns.isEmpty() && deadRuns.isEmpty() && failedMails == 0 && mailsWaitingLong == 0
                    && mailsRetried == 0 && filesWaiting == 0 && filesRefused == 0;
        }
    }

    @GetMapping("/")
    public String overview(Model model, Locale locale) {
        Map<String, ConsoleRun> lastRuns = runs.lastRuns().stream().map(ConsoleRun::new)
                .collect(Collectors.toMap(ConsoleRun::job, Function.identity()));
        Map<String, ScheduleView> byJob = schedules.list().stream()
                .collect(Collectors.toMap(ScheduleView::job, Function.identity()));
        List<JobCard> cards = jobs.all().stream().map(JobCatalog::jobName)
                .map(job -> new JobCard(job, byJob.containsKey(job) ? scheduleLines.of(byJob.get(job), locale) : null,
                        lastRuns.get(job)))
                .toList();
        LocalDateTime longAgo = LocalDateTime.now(clock).minus(LONG_WAIT);
        long waitingLong = mails.list("WAITING", null, null).stream()
                .filter(m -> m.createdAt() != null && m.createdAt().isBefore(longAgo)).count();
        List<String> inboxFiles = inbox.waiting().values().stream().flatMap(List::stream).toList();
        long overRate = inboxFiles.stream().filter(name -> name.endsWith(InboxPage.ERRORS_CSV)).count();
        long refused = inbox.refused().size() + overRate;
        long waiting = inboxFiles.size() - overRate;
        Attention attention = new Attention(
                lastRuns.values().stream().filter(r -> FAILED.contains(r.status())).toList(),
                lastRuns.values().stream().filter(ConsoleRun::leftByDeadProcess).toList(),
                mails.count("FAILED"), waitingLong,
                mails.countRetriedSince(LocalDateTime.now(clock).minus(RECENT_RETRIES)), waiting, refused);
        model.addAttribute("jobs", cards);
        model.addAttribute("attention", attention);
        return "console/overview";
    }
}
