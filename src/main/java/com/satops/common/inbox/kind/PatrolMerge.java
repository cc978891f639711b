package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import org.springframework.stereotype.Component;

/** New issues and status updates upsert by 问题编号; each status change is kept (a re-opened issue too). */
@Component
public class PatrolMerge implements KindMerge {

    private final PatrolMergeMapper mapper;

    public PatrolMerge(PatrolMergeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.PATROL;
    }

    @Override
    public void checkReferences(MergeParams file) {
        mapper.reportUnknownProject(file);
    }

    @Override
    public List<RowRef> supersededRows(MergeParams file) {
        return mapper.supersededRows(file);
    }

    @Override
    public void apply(MergeParams file) {
        mapper.recordStatusChanges(file);
        mapper.upsertIssues(file);
    }
}
