package com.satops.common.report;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Staff whom a report mail would reach but who have no email address. */
@Mapper
public interface UnmailedStaffMapper {

    /** Active project managers without an email of the given projects (all projects when empty), by project and 工号. */
    List<UnmailedStaff> projectManagersWithoutEmail(@Param("projects") List<String> projects);
}
