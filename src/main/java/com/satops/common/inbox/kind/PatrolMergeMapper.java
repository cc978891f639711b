package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PatrolMergeMapper {

    void reportUnknownProject(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    void recordStatusChanges(MergeParams file);

    void upsertIssues(MergeParams file);

    void deleteSuperseded(MergeParams file);
}
