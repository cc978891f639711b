package com.satops.common.inbox.kind;

import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The surveys' merge over the files listed in {@code stg_merge_file}. */
@Mapper
public interface SurveyMergeMapper {

    /** Rows of unknown projects, and rows of known ones naming a room their roster does not list. */
    void reportUnknownProjectOrHousehold(@Param("merge") MergeParams merge, @Param("zh") Map<String, String> zh);

    /** More than none if a listed file may name a key twice (none: it names none twice). */
    int countPossiblyRepeatedKeys();

    /** Names the earlier rows of keys a file lists more than once: {@link KindMerge#markSupersededRows}. */
    int markSuperseded(@Param("besideRejected") boolean besideRejected);

    void upsertResponses();
}
