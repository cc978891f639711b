package com.satops.visits;

import com.satops.common.run.RunParameters;
import java.util.List;
import org.mybatis.spring.SqlSessionTemplate;
import org.mybatis.spring.batch.MyBatisBatchItemWriter;
import org.mybatis.spring.batch.builder.MyBatisBatchItemWriterBuilder;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Replaces a project's assignments and tallies of the month with the new
 * decision, in the chunk's transaction: a re-run of the month leaves exactly
 * what the latest run decided, under the same 任务编号 for the same households.
 */
public class ProjectAllocationWriter implements ItemWriter<ProjectAllocation> {

    /** A big project's assignments go out in JDBC batches of this size, not as one batch held in memory. */
    static final int JDBC_BATCH = 2000;

    private final SqlSessionTemplate batchSession;
    private final VisitAssignmentMapper mapper;
    private final MyBatisBatchItemWriter<Assignment> assignments;
    private final RunParameters run;
    private final long executionId;

    public ProjectAllocationWriter(SqlSessionTemplate batchSession, RunParameters run, long executionId) {
        this.batchSession = batchSession;
        this.mapper = batchSession.getMapper(VisitAssignmentMapper.class);
        this.run = run;
        this.executionId = executionId;
        String runKey = run.runKey();
        this.assignments = new MyBatisBatchItemWriterBuilder<Assignment>()
                .sqlSessionTemplate(batchSession)
                .statementId(VisitAssignmentMapper.class.getName() + ".insertAssignment")
                .itemToParameterConverter(a -> new AssignmentRecord(a, runKey, executionId))
                .assertUpdates(false)
                .build();
    }

    @Override
    public void write(Chunk<? extends ProjectAllocation> chunk) throws Exception {
        String month = run.month().toString();
        for (ProjectAllocation allocation : chunk) {
            String project = allocation.projectCode();
            mapper.deleteAssignments(month, project);
            mapper.deleteProjectTally(month, project);
            mapper.deleteZoneTallies(month, project);
            List<Assignment> all = allocation.assignments();
            for (int from = 0; from < all.size(); from += JDBC_BATCH) {
                assignments.write(new Chunk<>(all.subList(from, Math.min(all.size(), from + JDBC_BATCH))));
            }
            mapper.insertProjectTally(month, allocation.tally(), run.runKey(), executionId);
            for (ZoneTally zone : allocation.zones()) {
                mapper.insertZoneTally(month, project, zone, run.runKey(), executionId);
            }
            batchSession.flushStatements();
        }
    }
}
