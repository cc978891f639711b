package com.satops.common.inbox.kind;

import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The CRM marks' merge: the checks over the files listed in {@code stg_merge_file},
 * the applying statements one file at a time.
 */
@Mapper
public interface CrmMergeMapper {

    /** Rows of unknown projects, and rows of known ones naming a room their roster does not list. */
    void reportUnknownProjectOrHousehold(@Param("merge") MergeParams merge, @Param("zh") Map<String, String> zh);

    /** Names the earlier rows of keys a file lists more than once: {@link KindMerge#markSupersededRows}. */
    int markSuperseded(@Param("besideRejected") boolean besideRejected);

    void recordClassChanges(@Param("merge") MergeParams merge, @Param("fileId") long fileId);

    void upsertMarks(@Param("fileId") long fileId);

    void refreshCurrentClass(@Param("fileId") long fileId);
}
