package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SurveyMergeMapper {

    void resolveHouseholds(MergeParams file);

    void reportUnknownProject(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    void reportUnknownHousehold(@Param("file") MergeParams file, @Param("zh") Map<String, String> zh);

    void upsertResponses(MergeParams file);

    void deleteSuperseded(MergeParams file);
}
