package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The work orders' merge over the files listed in {@code stg_merge_file}. */
@Mapper
public interface WorkorderMergeMapper {

    void reportUnknownProject(@Param("merge") MergeParams merge, @Param("zh") Map<String, String> zh);

    void reportUnknownHousehold(@Param("merge") MergeParams merge, @Param("zh") Map<String, String> zh);

    /** Names the earlier rows of an order a file lists more than once in {@code stg_dropped_row}; returns how many. */
    int markSuperseded();

    void recordStatusChanges(@Param("merge") MergeParams merge, @Param("importedAt") LocalDateTime importedAt);

    void upsertOrders();
}
