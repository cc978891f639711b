package com.satops.common.run;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * What a run wrote (kind {@code REPORT}: paths relative to the home), the staff
 * it could not mail for lack of an address (kind {@code UNMAILED}: 工号) and its
 * figures (kind {@code FIGURE}), per job instance. Steps add to it in their
 * transaction; the run summary reads it.
 */
@Mapper
public interface RunOutputMapper {

    String REPORT = "REPORT";
    String UNMAILED = "UNMAILED";

    /** Records an item once per job instance; adding it again changes nothing. */
    void add(@Param("jobInstanceId") long jobInstanceId, @Param("executionId") long executionId,
             @Param("kind") String kind, @Param("item") String item);

    /** Records a figure of the job instance, or replaces its number in place. */
    void putFigure(@Param("jobInstanceId") long jobInstanceId, @Param("executionId") long executionId,
                   @Param("name") String name, @Param("value") String value);

    /** The items of a kind in the order first recorded. */
    List<String> items(@Param("jobInstanceId") long jobInstanceId, @Param("kind") String kind);

    /** The figures of the job instance in the order first recorded. */
    List<RunFigure> figures(@Param("jobInstanceId") long jobInstanceId);
}
