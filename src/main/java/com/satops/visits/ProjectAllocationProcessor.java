package com.satops.visits;

import com.satops.common.run.RunParameters;
import java.util.List;
import java.util.Objects;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Loads one project's staff and delivered households (one streamed query) and
 * lets {@link ProjectAllocator} decide the month. The mapper runs on the step's
 * batch session, the one the writer writes with in the same transaction.
 */
public class ProjectAllocationProcessor implements ItemProcessor<String, ProjectAllocation> {

    private final VisitAssignmentMapper mapper;
    private final RunParameters run;
    private final VisitMonth month;

    public ProjectAllocationProcessor(VisitAssignmentMapper mapper, RunParameters run) {
        this.mapper = mapper;
        this.run = run;
        this.month = VisitMonth.of(run.month());
    }

    @Override
    public ProjectAllocation process(String projectCode) {
        List<Assignee> staff = mapper.staffOfProject(projectCode).stream()
                .map(Assignee::fromRoster).filter(Objects::nonNull).toList();
        ProjectAllocator allocator = new ProjectAllocator(projectCode, month, staff);
        mapper.householdStandings(projectCode, run.asOf(), month.toString(), month.firstDay(),
                row -> allocator.accept(row.getResultObject()));
        return allocator.finish();
    }
}
