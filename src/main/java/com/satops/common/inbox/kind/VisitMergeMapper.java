package com.satops.common.inbox.kind;

import com.satops.common.inbox.FileRows;
import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The visit results' merge over the files listed in {@code stg_merge_file}. */
@Mapper
public interface VisitMergeMapper {

    void reportUnknownHousehold(@Param("merge") MergeParams merge, @Param("zh") Map<String, String> zh);

    /** Names the earlier rows of keys a file lists more than once: {@link KindMerge#markSupersededRows}. */
    int markSuperseded(@Param("besideRejected") boolean besideRejected);

    List<FileRows> countVisited();

    void upsertResults();
}
