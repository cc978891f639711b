package com.satops.satisfaction;

import com.satops.common.run.RunParameters;
import java.util.ArrayDeque;
import java.util.Deque;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * The scopes to report on: the company (only when the run covers every project,
 * so a run for a few projects never replaces the company summary), then each
 * project of the scope that has responses in the 12 months. It keeps no restart
 * state: a restarted step writes every report again, and queues no mail twice.
 */
class SatisfactionScopeReader implements ItemReader<ScopeDigest> {

    private final SatisfactionDigests digests;
    private final RunParameters run;
    private Deque<ScopeDigest> pending;

    SatisfactionScopeReader(SatisfactionDigests digests, RunParameters run) {
        this.digests = digests;
        this.run = run;
    }

    @Override
    public ScopeDigest read() {
        if (pending == null) {
            SatisfactionDigests.Digests all = digests.load(run.month(), run.projects());
            pending = new ArrayDeque<>();
            if (run.projects().isEmpty()) {
                pending.add(all.company());
            }
            pending.addAll(all.projects());
        }
        return pending.poll();
    }
}
