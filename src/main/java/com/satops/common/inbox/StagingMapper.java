package com.satops.common.inbox;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Staging inserts (run by the batch writer by statement id, one per kind) and the
 * per-file steps every kind's merge shares.
 */
@Mapper
public interface StagingMapper {

    int countStaged(@Param("table") String table, @Param("fileId") long fileId);

    /** Removes the rows that reference checks turned into skipped-row issues. */
    void dropRejectedRows(@Param("table") String table, @Param("fileId") long fileId);
}
