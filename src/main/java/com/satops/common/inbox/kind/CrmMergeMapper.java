package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CrmMergeMapper {

    void resolveHouseholds(MergeParams file);

    void reportUnknownProject(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    void reportUnknownHousehold(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    void recordClassChanges(MergeParams file);

    void upsertMarks(MergeParams file);

    void refreshCurrentClass(MergeParams file);

    /** Names the earlier rows of keys the file lists more than once in {@code stg_dropped_row}. */
    void markSuperseded(MergeParams file);
}
