package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import com.satops.common.inbox.RowRef;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ErpMergeMapper {

    List<String> newProjectsWithoutName(MergeParams file);

    void reportNewProjectWithoutName(@Param("file") MergeParams file, @Param("projects") List<String> projects);

    void upsertProjects(MergeParams file);

    void recordHandoverChanges(MergeParams file);

    void recordOccupancyChanges(MergeParams file);

    void upsertHouseholds(MergeParams file);

    List<RowRef> supersededRows(MergeParams file);
}
