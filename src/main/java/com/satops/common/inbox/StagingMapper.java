package com.satops.common.inbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Staging inserts (run by the batch writer by statement id, one per kind) and the
 * steps every kind's merge shares. A merge applies the files listed in
 * {@code stg_merge_file} together: each statement here covers all of them.
 */
@Mapper
public interface StagingMapper {

    /** Lists the files of one merge, their order in the list being the order they apply in. */
    void listMergeFiles(@Param("files") List<InboxFile> files);

    /** Takes files out of the merge before its checks (a content applied before). */
    void unlistMergeFiles(@Param("fileIds") List<Long> fileIds);

    /** Keeps the rows of files refused by their verdict out of the applying statements. */
    void holdBackMergeFiles(@Param("fileIds") List<Long> fileIds);

    void clearMergeFiles();

    /** Each listed file's staged rows. */
    List<FileRows> stagedRows(@Param("table") String table);

    /** Each listed file's bad rows: rows with a skipped-row issue (a file-level one counts as one). */
    List<FileRows> skippedRows();

    /** Removes the listed files' bad rows (skipped-row issues), whether found while staging or by the checks. */
    default void deleteRejectedRows(String table) {
        if (markRejectedRows() > 0) {
            dropNamedRows(table);
        }
    }

    /** Removes the rows named in {@code stg_dropped_row}, then forgets the names. */
    default void dropNamedRows(String table) {
        deleteNamedRows(table);
        forgetNamedRows();
    }

    /** Names the bad rows in {@code stg_dropped_row}; returns how many. */
    int markRejectedRows();

    void deleteNamedRows(@Param("table") String table);

    void forgetNamedRows();

    /** Empties a kind's staging table once its merge has committed; imports take turns, so no rows are another's. */
    void truncateStaging(@Param("table") String table);

    List<ColumnLimits.StagingColumn> stagingColumns();
}
