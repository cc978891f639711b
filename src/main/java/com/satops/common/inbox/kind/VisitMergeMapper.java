package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface VisitMergeMapper {

    void resolveByAssignment(MergeParams file);

    void resolveByRoom(MergeParams file);

    void reportUnknownHousehold(MergeParams file);

    int countVisited(MergeParams file);

    void upsertResults(MergeParams file);

    List<RowRef> supersededRows(MergeParams file);
}
