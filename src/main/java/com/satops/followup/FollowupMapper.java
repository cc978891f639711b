package com.satops.followup;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The day's figures (one grouped statement, kept for the run's later steps) and the listings behind them. */
@Mapper
public interface FollowupMapper {

    /** The nine figures per project in scope, every such project listed, by project code. */
    List<ProjectFigures> dayFigures(FollowupQuery query);

    /** Instances other than {@code jobInstanceId} that are finished and still keep figures. */
    List<Long> finishedInstancesWithDayFigures(@Param("jobInstanceId") long jobInstanceId);

    /** Drops the figures these job instances' figures steps kept; {@code instances} is not empty. */
    void forgetDayFigures(@Param("instances") List<Long> instances);

    /** Keeps the figures step's count for the run's later steps; {@code figures} is not empty. */
    void keepDayFigures(@Param("jobInstanceId") long jobInstanceId, @Param("figures") List<ProjectFigures> figures);

    /** The kept figures of the projects given (empty: all kept), by project code as {@link #dayFigures}. */
    List<ProjectFigures> keptDayFigures(@Param("jobInstanceId") long jobInstanceId,
                                        @Param("projects") List<String> projects);

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
