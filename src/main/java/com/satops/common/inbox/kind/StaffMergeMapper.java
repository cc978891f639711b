package com.satops.common.inbox.kind;

import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The staff list's merge over the files listed in {@code stg_merge_file}. */
@Mapper
public interface StaffMergeMapper {

    void reportUnknownProject(@Param("merge") MergeParams merge, @Param("zh") Map<String, String> zh);

    /** Names the earlier rows of keys a file lists more than once: {@link KindMerge#markSupersededRows}. */
    int markSuperseded(@Param("besideRejected") boolean besideRejected);

    void upsertStaff();
}
