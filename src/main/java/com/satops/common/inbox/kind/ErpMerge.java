package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import java.util.List;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import org.springframework.stereotype.Component;

/**
 * A roster is a full snapshot: households are upserted, status changes kept as
 * history, and nobody is ever deleted; a household the snapshot leaves out
 * keeps its last status and shows as missing from the roster.
 */
@Component
public class ErpMerge implements KindMerge {

    private final ErpMergeMapper mapper;

    public ErpMerge(ErpMergeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.ERP;
    }

    @Override
    public void checkReferences(MergeParams file) {
        List<String> unnamed = mapper.newProjectsWithoutName(file);
        if (!unnamed.isEmpty()) {
            mapper.reportNewProjectWithoutName(file, unnamed);
        }
    }

    @Override
    public List<RowRef> supersededRows(MergeParams file) {
        return mapper.supersededRows(file);
    }

    @Override
    public void apply(MergeParams file) {
        mapper.upsertProjects(file);
        mapper.recordHandoverChanges(file);
        mapper.recordOccupancyChanges(file);
        mapper.upsertHouseholds(file);
    }
}
