package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import org.springframework.stereotype.Component;

/** Visit results count as coverage; rows without 拜访日期 are lists not yet worked and record nothing. */
@Component
public class VisitMerge implements KindMerge {

    private final VisitMergeMapper mapper;

    public VisitMerge(VisitMergeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.VISITS;
    }

    @Override
    public void checkReferences(MergeParams file) {
        mapper.resolveByAssignment(file);
        mapper.resolveByRoom(file);
        mapper.reportUnknownHousehold(file);
    }

    @Override
    public List<RowRef> supersededRows(MergeParams file) {
        return mapper.supersededRows(file);
    }

    @Override
    public void apply(MergeParams file) {
        mapper.upsertResults(file);
    }

    @Override
    public int effectiveRows(MergeParams file, int rowsLeft) {
        return mapper.countVisited(file);
    }
}
