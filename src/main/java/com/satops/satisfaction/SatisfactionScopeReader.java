package com.satops.satisfaction;

import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The scopes one step reports on: either the company (only when the run covers
 * every project, so a run for a few projects never replaces the company summary),
 * or the projects of one partition that have responses in the 12 months. It keeps
 * no restart state: a restarted step writes its reports again, and queues no mail twice.
 */
class SatisfactionScopeReader implements ItemReader<ScopeDigest> {

    private final SatisfactionDigests digests;
    private final YearMonth month;
    private final List<String> projects;
    private final boolean company;
    private Deque<ScopeDigest> pending;

    SatisfactionScopeReader(SatisfactionDigests digests, YearMonth month, List<String> projects,
                            boolean company) {
        this.digests = digests;
        this.month = month;
        this.projects = List.copyOf(projects);
        this.company = company;
    }

    /** The company over the run's scope; nothing when the run names projects. */
    static SatisfactionScopeReader company(SatisfactionDigests digests, YearMonth month, List<String> runProjects) {
        return new SatisfactionScopeReader(digests, month, runProjects, runProjects.isEmpty());
    }

    /** Each of a partition's projects with responses. */
    static SatisfactionScopeReader projects(SatisfactionDigests digests, YearMonth month, List<String> partition) {
        return new SatisfactionScopeReader(digests, month, partition, false);
    }

    @Override
    public ScopeDigest read() {
        if (pending == null) {
            pending = new ArrayDeque<>();
            if (company) {
                pending.add(digests.load(month, projects).company());
            } else if (!projects.isEmpty()) {
                // An empty list would mean every project to the queries: an empty partition reads nothing.
                pending.addAll(digests.load(month, projects).projects());
            }
        }
        return pending.poll();
    }
}
