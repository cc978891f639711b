package com.satops.common.inbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The ledger of files the inbox has seen, and the staging rows hanging off them. */
@Mapper
public interface ImportedFileMapper {

    void insertFile(NewImportedFile file);

    Long findAppliedFile(@Param("sha256") String sha256);

    /** The files listed for a merge whose content has been applied already. */
    List<Long> appliedBeforeMerge();

    void finishFile(@Param("fileId") long fileId, @Param("status") String status,
                    @Param("dataRows") int dataRows, @Param("badRows") int badRows,
                    @Param("appliedRows") int appliedRows, @Param("message") String message);

    /** Finishes the applying files of a merge at once, each with its own counts. */
    void finishAppliedFiles(@Param("files") List<AppliedFile> files);

    /** Records the content of each file of a merge that applies ({@code stg_merge_file}) as applied. */
    void recordMergedContent();

    /** Records the files moved to {@code processed/}, after the move. */
    void recordMovedFiles(@Param("fileIds") List<Long> fileIds, @Param("movedAt") LocalDateTime movedAt);

    List<InboxFile> stagingFiles(@Param("executionId") long executionId, @Param("kind") InboxKind kind);

    void recordRowsRead(RowsRead file);

    void recordKeysUnique(@Param("fileIds") List<Long> fileIds);

    /** The data rows the stage read of a file; null when no stage read it to its end. */
    record RowsRead(long fileId, Integer rowsRead) {
    }

    List<Long> registeredFileIds(@Param("executionId") long executionId, @Param("kind") InboxKind kind);

    /** Staged rows a cut-off import left behind belong to no file any more. */
    void deleteAbandonedStaging(@Param("table") String table);

    void markAbandonedStaging();

    List<ImportedFileCount> countsForExecution(@Param("executionId") long executionId);

    /** This execution's files refused over the reject rate, still waiting in their kind's folder. */
    List<InboxFile> overRateFiles(@Param("executionId") long executionId);

    List<String> overRateMessages(@Param("executionId") long executionId);

    /** An applied file's rows: as read, bad, and taking effect. */
    record AppliedFile(long fileId, int dataRows, int badRows, int appliedRows) {
    }

    /** Mutable so MyBatis can hand back the generated id. */
    final class NewImportedFile {
        private Long fileId;
        private final InboxKind kind;
        private final String fileName;
        private final String sourcePath;
        private final String sha256;
        private final String status;
        private final String runKey;
        private final long executionId;
        private final LocalDate effectiveOn;

        public NewImportedFile(InboxKind kind, String fileName, String sourcePath, String sha256, String status,
                               String runKey, long executionId, LocalDate effectiveOn) {
            this.kind = kind;
            this.fileName = fileName;
            this.sourcePath = sourcePath;
            this.sha256 = sha256;
            this.status = status;
            this.runKey = runKey;
            this.executionId = executionId;
            this.effectiveOn = effectiveOn;
        }

        public Long getFileId() {
            return fileId;
        }

        public void setFileId(Long fileId) {
            this.fileId = fileId;
        }

        public InboxKind getKind() {
            return kind;
        }

        public String getFileName() {
            return fileName;
        }

        public String getSourcePath() {
            return sourcePath;
        }

        public String getSha256() {
            return sha256;
        }

        public String getStatus() {
            return status;
        }

        public String getRunKey() {
            return runKey;
        }

        public long getExecutionId() {
            return executionId;
        }

        public LocalDate getEffectiveOn() {
            return effectiveOn;
        }
    }
}
