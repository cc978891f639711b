package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Work orders upsert by 工单编号, a later row replacing the whole order; each change
 * of 状态 is kept with the file and the moment it was imported (the application's
 * clock, so a test or a re-run can tell when).
 */
@Component
public class WorkorderMerge implements KindMerge {

    private final WorkorderMergeMapper mapper;
    private final Clock clock;

    public WorkorderMerge(WorkorderMergeMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.WORKORDERS;
    }

    @Override
    public void checkReferences(MergeParams file) {
        mapper.resolveHouseholds(file);
        mapper.reportUnknownProject(file);
        mapper.reportUnknownHousehold(file);
    }

    @Override
    public List<RowRef> supersededRows(MergeParams file) {
        return mapper.supersededRows(file);
    }

    @Override
    public void apply(MergeParams file) {
        mapper.recordStatusChanges(file, LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        mapper.upsertOrders(file);
    }
}
