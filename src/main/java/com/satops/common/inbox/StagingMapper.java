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

    /**
     * Removes the listed files' rows that the merge's checks found bad: those with a skipped-row issue recorded
     * after {@code afterIssueId} (see {@link #lastIssueId()}). A row found bad while staging was never staged,
     * so its issue names no staging row, and a merge whose checks skip nothing reads no staging row here.
     */
    default void deleteRejectedRows(String table, long afterIssueId) {
        if (markRejectedRows(afterIssueId) > 0) {
            dropNamedRows(table);
        }
    }

    /** The last data issue recorded so far (0 for none): the checks' issues come after it. */
    long lastIssueId();

    /** Removes the rows named in {@code stg_dropped_row}, then forgets the names. */
    default void dropNamedRows(String table) {
        deleteNamedRows(table);
        forgetNamedRows();
    }

    /** Names the bad rows of issues after {@code afterIssueId} in {@code stg_dropped_row}; returns how many. */
    int markRejectedRows(@Param("afterIssueId") long afterIssueId);

    void deleteNamedRows(@Param("table") String table);

    void forgetNamedRows();

    /** Empties a kind's staging table once its merge has committed; imports take turns, so no rows are another's. */
    void truncateStaging(@Param("table") String table);

    long sortBufferSize();

    void setSortBufferSize(@Param("bytes") long bytes);

    List<ColumnLimits.StagingColumn> stagingColumns();
}
