package com.satops.visits;

import com.satops.common.run.RunParameters;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads one project at a time: its active staff and every delivered household's
 * standing as of the run, streamed into a {@link ProjectAllocator} that keeps only
 * the candidates. All the step's reading is here; deciding ({@link ProjectAllocator#finish()}) does no I/O.
 * The projects are the partition's (its execution context); nothing is saved while
 * reading: a restarted partition plans all its projects again, which gives the same
 * result. Standings are read on the batch session, the one the writer writes with in
 * the same transaction (the session is bound to the transaction, so each partition's
 * thread has its own).
 */
public class ProjectStandingsReader implements ItemStreamReader<ProjectAllocator> {

    private final List<String> partition;
    private final VisitAssignmentMapper batchMapper;
    private final RunParameters run;
    private final VisitMonth month;
    private Iterator<String> projects;

    public ProjectStandingsReader(List<String> partition, VisitAssignmentMapper batchMapper, RunParameters run) {
        this.partition = List.copyOf(partition);
        this.batchMapper = batchMapper;
        this.run = run;
        this.month = VisitMonth.of(run.month());
    }

    @Override
    public void open(ExecutionContext executionContext) {
        projects = partition.iterator();
    }

    @Override
    public ProjectAllocator read() {
        if (projects == null || !projects.hasNext()) {
            return null;
        }
        String projectCode = projects.next();
        List<Assignee> staff = batchMapper.staffOfProject(projectCode).stream()
                .map(Assignee::fromRoster).filter(Objects::nonNull).toList();
        ProjectAllocator allocator = new ProjectAllocator(projectCode, month, staff);
        batchMapper.householdStandings(projectCode, run.asOf(), month.toString(), month.firstDay(),
                row -> allocator.accept(row.getResultObject()));
        return allocator;
    }
}
