package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface CrmMergeMapper {

    void resolveHouseholds(MergeParams file);

    void reportUnknownProject(MergeParams file);

    void reportUnknownHousehold(MergeParams file);

    void recordClassChanges(MergeParams file);

    void upsertMarks(MergeParams file);

    void refreshCurrentClass(MergeParams file);

    List<RowRef> supersededRows(MergeParams file);
}
