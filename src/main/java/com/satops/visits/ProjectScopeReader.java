package com.satops.visits;

import com.satops.common.run.RunParameters;
import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the run's project codes, one item per project. The list is fetched when
 * the step opens, before any chunk transaction, and never saved: a restarted
 * step plans every project again, which gives the same result.
 */
public class ProjectScopeReader implements ItemStreamReader<String> {

    private final VisitAssignmentMapper mapper;
    private final RunParameters run;
    private Iterator<String> projects;

    public ProjectScopeReader(VisitAssignmentMapper mapper, RunParameters run) {
        this.mapper = mapper;
        this.run = run;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        projects = ProjectScope.resolve(mapper, run).iterator();
    }

    @Override
    public String read() {
        return projects != null && projects.hasNext() ? projects.next() : null;
    }
}
