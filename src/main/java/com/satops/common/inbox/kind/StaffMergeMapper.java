package com.satops.common.inbox.kind;

import com.satops.common.inbox.MergeParams;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface StaffMergeMapper {

    void reportUnknownProject(MergeParams file);

    void upsertStaff(MergeParams file);

    void dropSupersededRows(MergeParams file);
}
