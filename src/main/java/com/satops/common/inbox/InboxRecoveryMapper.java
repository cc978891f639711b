package com.satops.common.inbox;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What an import finds left by one that was cut off, and the moves it records. */
@Mapper
public interface InboxRecoveryMapper {

    /** Files still marked staging: with the import lock held, no live import owns them. */
    List<Long> cutOffFiles();

    void deleteIssuesOf(@Param("fileIds") List<Long> fileIds);

    /** Applied files not yet recorded as moved to processed/, among these inbox paths. */
    List<InboxFile> appliedNotMoved(@Param("paths") List<String> paths);

    /** Of these names, those of files applied (or skipped as a duplicate) by some import. */
    List<String> accountedNames(@Param("names") List<String> names);

    void recordMoved(@Param("fileId") long fileId, @Param("movedAt") LocalDateTime movedAt);
}
