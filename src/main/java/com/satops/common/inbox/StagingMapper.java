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

    /**
     * Empties the merge's list. Merges of different kinds run at once, each in its transaction: each deletes
     * only the files it listed (the others' are not visible to it), never rows another merge holds.
     */
    default void clearMergeFiles() {
        List<Long> listed = listedFileIds();
        if (!listed.isEmpty()) {
            unlistMergeFiles(listed);
        }
    }

    /** The files this merge listed. */
    List<Long> listedFileIds();

    /** Each listed file's staged rows, none counting 0 (counted in the staging table's file index). */
    List<FileRows> stagedRows(@Param("table") String table);

    List<StagedFileRows> stagedAndReadRows(@Param("table") String table);

    /** Each listed file's bad rows: rows with a skipped-row issue (a file-level one counts as one). */
    List<FileRows> skippedRows();

    /** The last data issue recorded so far (0 for none): the checks' issues come after it. */
    long lastIssueId();

    /**
     * Removes the rows named in {@code stg_dropped_row}, then forgets the names. Returns how many rows each
     * file lost, so the merge need not count its staging rows again; null if some name matched no staged row
     * (the names' count is then not what left staging).
     */
    default List<FileRows> dropNamedRows(String table) {
        List<FileRows> named = namedRows();
        int deleted = deleteNamedRows(table);
        forgetNamedRowsOf(named.stream().map(FileRows::fileId).toList());
        return named.stream().mapToLong(FileRows::rowTotal).sum() == deleted ? named : null;
    }

    /** The rows this merge named to leave staging, by file. */
    List<FileRows> namedRows();

    /**
     * Names in {@code stg_dropped_row} the listed files' rows that the merge's checks found bad: those with a
     * skipped-row issue recorded after {@code afterIssueId} (see {@link #lastIssueId()}). A row found bad while
     * staging was never staged, so its issue names no staging row. Returns how many.
     */
    int markRejectedRows(@Param("afterIssueId") long afterIssueId);

    /** Returns how many staged rows it removed. */
    int deleteNamedRows(@Param("table") String table);

    /** Forgets the names this merge recorded (only its own files': another merge may be naming rows too). */
    default void forgetNamedRows() {
        forgetNamedRowsOf(namedRows().stream().map(FileRows::fileId).toList());
    }

    default void forgetNamedRowsOf(List<Long> fileIds) {
        if (!fileIds.isEmpty()) {
            deleteNamesOf(fileIds);
        }
    }

    void deleteNamesOf(@Param("fileIds") List<Long> fileIds);

    /** Empties a kind's staging table once its merge has committed; imports take turns, so no rows are another's. */
    void truncateStaging(@Param("table") String table);

    long sortBufferSize();

    void setSortBufferSize(@Param("bytes") long bytes);

    List<ColumnLimits.StagingColumn> stagingColumns();
}
