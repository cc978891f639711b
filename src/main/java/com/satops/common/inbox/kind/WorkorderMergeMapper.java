package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface WorkorderMergeMapper {

    void resolveHouseholds(MergeParams file);

    void reportUnknownProject(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    void reportUnknownHousehold(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    void recordStatusChanges(@Param("file") MergeParams file, @Param("importedAt") LocalDateTime importedAt);

    void upsertOrders(MergeParams file);

    /** Names the earlier rows of an order the file lists more than once in {@code stg_dropped_row}. */
    void markSuperseded(MergeParams file);
}
