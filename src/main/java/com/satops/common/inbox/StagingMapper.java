package com.satops.common.inbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Staging inserts (run by the batch writer by statement id, one per kind) and the
 * per-file steps every kind's merge shares.
 */
@Mapper
public interface StagingMapper {

    int countStaged(@Param("table") String table, @Param("fileId") long fileId);

    /** Removes the rows of a file that are bad (skipped-row issues), whether found while staging or by the checks. */
    default void deleteRejectedRows(String table, long fileId) {
        markRejectedRows(fileId);
        dropNamedRows(table, fileId);
    }

    /** Removes the rows of a file named in {@code stg_dropped_row}, then forgets the names. */
    default void dropNamedRows(String table, long fileId) {
        deleteNamedRows(table, fileId);
        forgetNamedRows(fileId);
    }

    void markRejectedRows(@Param("fileId") long fileId);

    void deleteNamedRows(@Param("table") String table, @Param("fileId") long fileId);

    void forgetNamedRows(@Param("fileId") long fileId);

    List<ColumnLimits.StagingColumn> stagingColumns();
}
