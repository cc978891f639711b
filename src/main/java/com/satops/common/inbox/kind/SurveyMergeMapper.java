package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface SurveyMergeMapper {

    void resolveHouseholds(MergeParams file);

    void reportUnknownProject(MergeParams file);

    void reportUnknownHousehold(MergeParams file);

    void upsertResponses(MergeParams file);

    void dropSupersededRows(MergeParams file);
}
