package com.satops.visits;

import java.util.Iterator;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads a partition's project codes, one item per project. The list comes from
 * the partition's execution context; nothing is saved while reading: a restarted
 * partition writes all its projects again, which gives the same result.
 */
public class ProjectScopeReader implements ItemStreamReader<String> {

    private final List<String> partition;
    private Iterator<String> projects;

    public ProjectScopeReader(List<String> partition) {
        this.partition = List.copyOf(partition);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        projects = partition.iterator();
    }

    @Override
    public String read() {
        return projects != null && projects.hasNext() ? projects.next() : null;
    }
}
