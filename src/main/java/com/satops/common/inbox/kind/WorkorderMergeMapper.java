package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface WorkorderMergeMapper {

    void resolveHouseholds(MergeParams file);

    void reportUnknownProject(MergeParams file);

    void reportUnknownHousehold(MergeParams file);

    void recordStatusChanges(@Param("file") MergeParams file, @Param("importedAt") LocalDateTime importedAt);

    void upsertOrders(MergeParams file);

    List<RowRef> supersededRows(MergeParams file);
}
