package com.satops.followup;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The day's figures (one grouped statement) and the listings behind them. */
@Mapper
public interface FollowupMapper {

    /** The nine figures per project in scope, every such project listed, by project code. */
    List<ProjectFigures> dayFigures(FollowupQuery query);

    /** Orders counted in {@code created} that missed any of the 15-30-60 promises. */
    List<WorkOrderRow> missedPromiseOrders(FollowupQuery query);

    /** Orders counted in {@code overdue}, oldest first. */
    List<WorkOrderRow> overdueOrders(FollowupQuery query);

    /** Orders counted in {@code dissatisfied} without a 跟进时间. */
    List<WorkOrderRow> dissatisfiedWithoutFollowUp(FollowupQuery query);


    /** Active project managers with an email of the given projects. */
    List<StaffAddress> projectManagers(@Param("projects") List<String> projects);

    /** Active staff with an email among the given 工号. */
    List<StaffAddress> activeStaff(@Param("staffNos") List<String> staffNos);
}
