package com.satops.common.inbox.kind;

import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import java.time.LocalDateTime;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The work orders' merge over the files listed in {@code stg_merge_file}. */
@Mapper
public interface WorkorderMergeMapper {

    /** Rows of unknown projects, and rows of known ones naming a room their roster does not list. */
    void reportUnknownProjectOrHousehold(@Param("merge") MergeParams merge, @Param("zh") Map<String, String> zh);

    /** Names the earlier rows of an order a file lists more than once: {@link KindMerge#markSupersededRows}. */
    int markSuperseded(@Param("besideRejected") boolean besideRejected);

    void recordStatusChanges(@Param("merge") MergeParams merge, @Param("importedAt") LocalDateTime importedAt);

    void upsertOrders();
}
