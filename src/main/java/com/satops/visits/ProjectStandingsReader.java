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
 * The project list is fetched when the step opens and never saved: a restarted
 * step plans every project again, which gives the same result. Standings are read
 * on the step's batch session, the one the writer writes with in the same transaction.
 */
public class ProjectStandingsReader implements ItemStreamReader<ProjectAllocator> {

    private final VisitAssignmentMapper scopeMapper;
    private final VisitAssignmentMapper batchMapper;
    private final RunParameters run;
    private final VisitMonth month;
    private Iterator<String> projects;

    public ProjectStandingsReader(VisitAssignmentMapper scopeMapper, VisitAssignmentMapper batchMapper,
                                  RunParameters run) {
        this.scopeMapper = scopeMapper;
        this.batchMapper = batchMapper;
        this.run = run;
        this.month = VisitMonth.of(run.month());
    }

    @Override
    public void open(ExecutionContext executionContext) {
        projects = ProjectScope.resolve(scopeMapper, run).iterator();
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
