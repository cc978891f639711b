package com.satops.followup;

import java.util.List;
import org.springframework.stereotype.Component;

/** Reads the day's figures (one grouped statement) and listings for the projects in scope. */
@Component
public class FollowupReader {

    private final FollowupMapper mapper;
    private final FollowupProperties properties;

    public FollowupReader(FollowupMapper mapper, FollowupProperties properties) {
        this.mapper = mapper;
        this.properties = properties;
    }

    public FollowupBoard board(FollowupDay day, List<String> projects) {
        return FollowupBoard.of(day, mapper.dayFigures(FollowupQuery.of(day, properties.overdueRule(), projects)));
    }

    public FollowupListings listings(FollowupDay day, List<String> projects) {
        FollowupQuery query = FollowupQuery.of(day, properties.overdueRule(), projects);
        return new FollowupListings(MissedPromise.of(mapper.missedPromiseOrders(query)),
                mapper.overdueOrders(query), mapper.dissatisfiedWithoutFollowUp(query));
    }
}
