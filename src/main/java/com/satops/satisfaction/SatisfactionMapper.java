package com.satops.satisfaction;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/** What the satisfaction summary reads; {@code projects} empty means every project. */
@Mapper
public interface SatisfactionMapper {

    List<ProjectName> projects(@Param("projects") List<String> projects);

    /** 考核期 responses per project and month, months {@code from}..{@code to} (yyyy-MM). */
    List<MonthTally> monthTallies(@Param("from") String from, @Param("to") String to,
                                  @Param("projects") List<String> projects);

    /** Streams the month's 考核期 responses scoring 3 or lower. */
    void unsatisfiedResponses(@Param("month") String month, @Param("projects") List<String> projects,
                              ResultHandler<UnsatisfiedResponse> handler);

    /** Streams the month's 考核期 responses scoring 3, by project, zone and room. */
    void scoredThree(@Param("month") String month, @Param("projects") List<String> projects,
                     ResultHandler<ScoredThreeHousehold> handler);

    List<ActiveSteward> activeStewards(@Param("projects") List<String> projects);

    /** Addresses of the project's active project managers, by 工号. */
    List<String> projectManagerEmails(@Param("project") String project);

}
