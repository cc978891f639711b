package com.satops.common.inbox.kind;

import com.satops.common.inbox.InboxKind;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every mark is kept; class changes go to history; the latest 标记日期 is the current class. */
@Component
public class CrmMerge implements KindMerge {

    private final CrmMergeMapper mapper;

    public CrmMerge(CrmMergeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public InboxKind kind() {
        return InboxKind.CRM;
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
        mapper.recordClassChanges(file);
        mapper.upsertMarks(file);
        mapper.refreshCurrentClass(file);
    }
}
