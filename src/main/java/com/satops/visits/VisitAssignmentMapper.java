package com.satops.visits;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** The visit-assignment job's reads and writes; SQL in VisitAssignmentMapper.xml. */
@Mapper
public interface VisitAssignmentMapper {

    List<String> projectCodes();

    String projectName(@Param("projectCode") String projectCode);

    List<StaffRow> staffOfProject(@Param("projectCode") String projectCode);

    /** Every delivered household of the project as of the run, streamed row by row. */
    void householdStandings(@Param("projectCode") String projectCode, @Param("asOf") LocalDate asOf,
                            @Param("month") String month, @Param("monthStart") LocalDate monthStart,
                            ResultHandler<HouseholdStanding> handler);

    void deleteAssignments(@Param("month") String month, @Param("projectCode") String projectCode);

    void deleteProjectTally(@Param("month") String month, @Param("projectCode") String projectCode);

    void insertProjectTally(@Param("month") String month, @Param("t") ProjectTally tally,
                            @Param("runKey") String runKey, @Param("executionId") long executionId);

    void deleteZoneTallies(@Param("month") String month, @Param("projectCode") String projectCode);

    void insertZoneTally(@Param("month") String month, @Param("projectCode") String projectCode,
                         @Param("z") ZoneTally zone, @Param("runKey") String runKey,
                         @Param("executionId") long executionId);

    MonthFigures monthFigures(@Param("month") String month, @Param("projects") List<String> projects);

    ProjectTally projectTally(@Param("month") String month, @Param("projectCode") String projectCode);

    List<ZoneTally> zoneTallies(@Param("month") String month, @Param("projectCode") String projectCode);

    List<StaffCount> staffCounts(@Param("month") String month, @Param("projectCode") String projectCode);

    List<StaffVisits> staffVisitsInQuarter(@Param("projectCode") String projectCode,
                                           @Param("quarterStart") LocalDate quarterStart,
                                           @Param("monthStart") LocalDate monthStart);

    /** The project's visit lists of the month, each person's by rank. */
    void assignmentLines(@Param("month") String month, @Param("projectCode") String projectCode,
                         ResultHandler<AssignmentLine> handler);
}
