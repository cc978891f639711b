package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PatrolMergeMapper {

    void reportUnknownProject(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    void recordStatusChanges(MergeParams file);

    void upsertIssues(MergeParams file);

    /** Names the earlier rows of keys the file lists more than once in {@code stg_dropped_row}. */
    void markSuperseded(MergeParams file);
}
