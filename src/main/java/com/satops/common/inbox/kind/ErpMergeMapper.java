package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface ErpMergeMapper {

    void reportNewProjectWithoutName(MergeParams file);

    void insertNewProjects(MergeParams file);

    void markLatestRoster(MergeParams file);

    void recordHandoverChanges(MergeParams file);

    void recordOccupancyChanges(MergeParams file);

    void upsertHouseholds(MergeParams file);
}
