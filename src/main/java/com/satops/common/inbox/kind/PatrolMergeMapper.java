package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface PatrolMergeMapper {

    void reportUnknownProject(MergeParams file);

    void recordStatusChanges(MergeParams file);

    void upsertIssues(MergeParams file);

    List<RowRef> supersededRows(MergeParams file);
}
