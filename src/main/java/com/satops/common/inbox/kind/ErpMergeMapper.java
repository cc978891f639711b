package com.satops.common.inbox.kind;

import com.satops.common.inbox.KindMerge;
import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The roster's merge over the files listed in {@code stg_merge_file}. */
@Mapper
public interface ErpMergeMapper {

    /** More than none if a listed file may name a key twice (none: it names none twice). */
    int countPossiblyRepeatedKeys();

    /** Names the earlier rows of keys a file lists more than once: {@link KindMerge#markSupersededRows}. */
    int markSuperseded(@Param("besideRejected") boolean besideRejected);

    /** Sums up each listed file's projects in {@code stg_merge_project}, for the statements after it. */
    void listFileProjects();

    /** Empties {@code stg_merge_project} at the end of the merge. */
    void forgetFileProjects();

    /** How many projects two or more applying files list. */
    int countSharedProjects();

    void reportProjectNamedByCode(@Param("merge") MergeParams merge, @Param("zh") Map<String, String> zh);

    void upsertProjects();

    void recordKnownHouseholdChanges(MergeParams merge);

    void upsertHouseholds();

    void recordNewHouseholdChanges(MergeParams merge);
}
