package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import org.springframework.stereotype.Component;

@Component
public class StaffMerge implements KindMerge {

    private final StaffMergeMapper mapper;

    public StaffMerge(StaffMergeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.STAFF;
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
        mapper.upsertStaff(file);
    }
}
