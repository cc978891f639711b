package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface VisitMergeMapper {

    void resolveByAssignment(MergeParams file);

    void resolveByRoom(MergeParams file);

    void reportUnknownHousehold(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    int countVisited(MergeParams file);

    void upsertResults(MergeParams file);

    /** Names the earlier rows of keys the file lists more than once in {@code stg_dropped_row}. */
    void markSuperseded(MergeParams file);
}
