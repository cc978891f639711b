package com.satops.followup;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Counts the day's figures once per run (one grouped statement, kept for the run's
 * later steps) and reads the listings for the projects in scope.
 */
@Component
public class FollowupReader {

    // Rows per INSERT of the kept figures: a company of many projects stays within a statement's parameters.
    private static final int KEEP_ROWS = 500;

    private final FollowupMapper mapper;
    private final FollowupProperties properties;

    public FollowupReader(FollowupMapper mapper, FollowupProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    /**
     * Counts the figures of the run's projects and keeps them, replacing what an earlier execution kept and
     * dropping what finished instances kept (no step reads it again).
     */
    public FollowupBoard count(FollowupRun run) {
        List<ProjectFigures> figures = mapper.dayFigures(query(run.day(), run.parameters().projects()));
        long instance = instance(run);
        // what an earlier execution of this instance kept, and what finished instances left behind
        List<Long> stale = new ArrayList<>(mapper.finishedInstancesWithDayFigures(instance));
        stale.add(instance);
        mapper.forgetDayFigures(stale);
        for (int from = 0; from < figures.size(); from += KEEP_ROWS) {
            mapper.keepDayFigures(instance, figures.subList(from, Math.min(figures.size(), from + KEEP_ROWS)));
        }
        return FollowupBoard.of(run.day(), figures);
    }

    /** The figures the run's figures step counted, of the projects given (empty: all the run's). */
    public FollowupBoard board(FollowupRun run, List<String> projects) {
        return FollowupBoard.of(run.day(), mapper.keptDayFigures(instance(run), projects));
    }

    public FollowupListings listings(FollowupDay day, List<String> projects) {
        FollowupQuery query = query(day, projects);
        return new FollowupListings(MissedPromise.of(mapper.missedPromiseOrders(query)),
                mapper.overdueOrders(query), mapper.dissatisfiedWithoutFollowUp(query));
    }

    /** The listing the mails need: dissatisfied orders not followed up. */
    public List<WorkOrderRow> notFollowedUp(FollowupDay day, List<String> projects) {
        return mapper.dissatisfiedWithoutFollowUp(query(day, projects));
    }

    private FollowupQuery query(FollowupDay day, List<String> projects) {
        return FollowupQuery.of(day, properties.overdueRule(), projects);
    }

    private static long instance(FollowupRun run) {
        return run.execution().getJobInstance().getInstanceId();
    }
}
